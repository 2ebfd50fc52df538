import { join, resolve } from 'node:path';
import { completeness, formatIssue, lessonContentVersion, loadAllCourses } from '../index';
import type { LessonDefinition } from '@punte/course-engine';

const repo = resolve(__dirname, '../../../..');
const fixtures = join(repo, 'content/fixtures');
const load = (name: string) => loadAllCourses(join(fixtures, name), repo);
const BROKEN = 'content/fixtures/broken/courses/broken/lessons';

describe('valid fixture', () => {
  it('loads without issues and is 100% translated', () => {
    const { courses, issues } = load('valid');
    expect(issues).toEqual([]);
    expect(courses.map((c) => c.manifest.id)).toEqual(['tiny']);
    expect(courses[0].lessons.map((l) => l.id)).toEqual(['first']);
    const c = completeness(courses[0]);
    expect(Object.values(c.present).every((n) => n === c.total)).toBe(true);
  });
});

describe('broken fixture', () => {
  const { courses, issues } = load('broken');
  const lines = issues.map(formatIssue);

  it('names file and line for a wrong correct option', () => {
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${BROKEN}/first.yaml:21: .*question "q1".*"c" is not one of its options`)));
  });
  it('names file and line for a route to a missing step', () => {
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${BROKEN}/first.yaml:13: .*missing step "nowhere"`)));
  });
  it('names file and line for a duplicate id', () => {
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${BROKEN}/first.yaml:22: .*duplicate step id "intro"`)));
  });
  it('reports a lesson file not listed in course.yaml', () => {
    expect(lines).toContain(`${BROKEN}/stray.yaml:1: lesson file stray.yaml is not listed in any module of course.yaml`);
  });
  it('reports cedilla in Romanian text', () => {
    expect(lines).toContain(`${BROKEN}/first.yaml:2: Romanian text uses cedilla ş/ţ; write ș/ț (comma below)`);
  });
  it('lists a missing translation per language with file and line', () => {
    const c = completeness(courses[0]);
    expect(c.missing.uk.map(formatIssue)).toEqual([`${BROKEN}/first.yaml:7: missing uk translation of steps.0.title`]);
    expect(c.missing.ro).toEqual([]);
  });
});

describe('lessonContentVersion', () => {
  const lesson = load('valid').courses[0].lessons[0];
  it('gives every lesson its course\'s fallback language', () => {
    const { manifest } = load('valid').courses[0];
    expect(manifest.fallbackLocale).toMatch(/^(ro|ru|uk|pl|en)$/);
    expect(lesson.fallbackLocale).toBe(manifest.fallbackLocale);
  });

  it('ignores key order but changes with content', () => {
    const reordered = JSON.parse(JSON.stringify({ steps: lesson.steps, estimatedMinutes: lesson.estimatedMinutes, title: lesson.title, id: lesson.id, fallbackLocale: lesson.fallbackLocale })) as LessonDefinition;
    expect(lessonContentVersion(reordered)).toBe(lessonContentVersion(lesson));
    expect(lessonContentVersion(lesson)).toMatch(/^[0-9a-f]{16}$/);
    const edited = { ...lesson, title: { ...lesson.title, en: 'Other' } };
    expect(lessonContentVersion(edited)).not.toBe(lessonContentVersion(lesson));
  });
});
