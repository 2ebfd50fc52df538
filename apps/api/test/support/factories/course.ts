import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

type Localized = Record<'ro' | 'ru' | 'uk' | 'pl' | 'en', string>;

/** The same text in five languages, marked so a test can tell which language it got. */
export const inEveryLanguage = (text: string): Localized => ({
  ro: `${text} (ro)`,
  ru: `${text} (ru)`,
  uk: `${text} (uk)`,
  pl: `${text} (pl)`,
  en: text,
});

export interface LessonSpec {
  id: string;
  title: Localized;
  estimatedMinutes: number;
  steps: Record<string, unknown>[];
}

export interface CourseSpec {
  id: string;
  title: Localized;
  audience: 'seniors' | 'librarians' | 'trainers' | 'everyone';
  lessons: LessonSpec[];
}

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${++counter}`;

/** A valid lesson: one reading step and a one-question quiz, unless the test says otherwise. */
export function aLesson(overrides: Partial<LessonSpec> = {}): LessonSpec {
  return {
    id: nextId('lesson'),
    title: inEveryLanguage('A lesson'),
    estimatedMinutes: 10,
    steps: [
      { id: 'read', kind: 'reading', title: inEveryLanguage('Read'), body: inEveryLanguage('Some text.') },
      {
        id: 'check',
        kind: 'quiz',
        title: inEveryLanguage('Check'),
        questions: [
          { id: 'q1', kind: 'true-false', prompt: inEveryLanguage('Is this true?'), correct: true },
        ],
      },
    ],
    ...overrides,
  };
}

/** A valid course of one module holding the given lessons (one lesson by default). */
export function aCourse(overrides: Partial<CourseSpec> = {}): CourseSpec {
  return {
    id: nextId('course'),
    title: inEveryLanguage('A course'),
    audience: 'seniors',
    lessons: [aLesson()],
    ...overrides,
  };
}

/** Writes the course as content files (course.yaml and one file per lesson) under `contentDir`. */
export function writeCourse(contentDir: string, course: CourseSpec): string {
  const folder = join(contentDir, course.id);
  mkdirSync(join(folder, 'lessons'), { recursive: true });
  const manifest = {
    id: course.id,
    title: course.title,
    summary: inEveryLanguage('What the course is about.'),
    audience: course.audience,
    languages: ['ro', 'ru', 'uk', 'pl', 'en'],
    fallbackLocale: 'ro',
    estimatedMinutes: course.lessons.reduce((sum, lesson) => sum + lesson.estimatedMinutes, 0),
    modules: [{ id: 'main', title: inEveryLanguage('Main'), lessons: course.lessons.map((l) => l.id) }],
  };
  writeFileSync(join(folder, 'course.yaml'), stringify(manifest));
  for (const lesson of course.lessons) {
    writeFileSync(join(folder, 'lessons', `${lesson.id}.yaml`), stringify(lesson));
  }
  return folder;
}

/** A fresh content folder holding just these courses. */
export function contentFolderWith(...courses: CourseSpec[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'punte-content-'));
  courses.forEach((course) => writeCourse(dir, course));
  return dir;
}
