import { join, resolve } from 'node:path';
import { contentVersionOf, toPublicLesson, type LessonDefinition } from '@punte/course-engine';
import { completeness, formatIssue, loadAllCourses } from '../index';

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
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^${BROKEN}/first.yaml:21: .*question "q1".*"c" is not one of its options`),
      ),
    );
  });
  it('names file and line for a route to a missing step', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^${BROKEN}/first.yaml:13: .*missing step "nowhere"`)),
    );
  });
  it('names file and line for a duplicate id', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^${BROKEN}/first.yaml:22: .*duplicate step id "intro"`)),
    );
  });
  it('reports a lesson file not listed in course.yaml', () => {
    expect(lines).toContain(
      `${BROKEN}/stray.yaml:1: lesson file stray.yaml is not listed in any module of course.yaml`,
    );
  });
  it('reports cedilla in Romanian text', () => {
    expect(lines).toContain(
      `${BROKEN}/first.yaml:2: Romanian text uses cedilla ş/ţ; write ș/ț (comma below)`,
    );
  });
  it('lists a missing translation per language with file and line', () => {
    const c = completeness(courses[0]);
    expect(c.missing.uk.map(formatIssue)).toEqual([
      `${BROKEN}/first.yaml:7: missing uk translation of steps.0.title`,
    ]);
    expect(c.missing.ro).toEqual([]);
  });
});

describe('the content version', () => {
  const lesson = load('valid').courses[0].lessons[0];
  it("gives every lesson its course's fallback language", () => {
    const { manifest } = load('valid').courses[0];
    expect(manifest.fallbackLocale).toMatch(/^(ro|ru|uk|pl|en)$/);
    expect(lesson.fallbackLocale).toBe(manifest.fallbackLocale);
  });

  it("stamps each lesson with the engine's contentVersionOf, which the public view keeps", () => {
    const { contentVersion, ...unstamped } = lesson;
    expect(contentVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(contentVersionOf(unstamped)).toBe(contentVersion);
    expect(toPublicLesson(lesson).contentVersion).toBe(contentVersion);
  });

  it('ignores key order but changes with any content, answers included', () => {
    const { contentVersion: _v, ...unstamped } = lesson;
    const reordered = JSON.parse(
      JSON.stringify({
        steps: lesson.steps,
        estimatedMinutes: lesson.estimatedMinutes,
        title: lesson.title,
        id: lesson.id,
        fallbackLocale: lesson.fallbackLocale,
        summary: lesson.summary,
      }),
    ) as LessonDefinition;
    expect(contentVersionOf(reordered)).toBe(lesson.contentVersion);
    expect(contentVersionOf({ ...unstamped, title: { ...lesson.title, en: 'Other' } })).not.toBe(
      lesson.contentVersion,
    );
    const steps = JSON.parse(JSON.stringify(lesson.steps)) as LessonDefinition['steps'];
    const quiz = steps.find((s) => s.kind === 'quiz');
    if (quiz?.kind !== 'quiz' || quiz.questions[0]?.kind !== 'single-choice')
      throw new Error('the fixture starts its quiz with a single choice');
    quiz.questions[0].correct = 'b';
    expect(contentVersionOf({ ...unstamped, steps })).not.toBe(lesson.contentVersion);
  });
});
