import { join, resolve } from 'node:path';
import { toPublicLesson, type LessonDefinition, type LocalizedText } from '@punte/course-engine';
import { loadAllCourses } from './load-all';

const repo = resolve(__dirname, '../../../..');
const { courses } = loadAllCourses(join(repo, 'content'), repo);
const lessons = courses.flatMap((c) => c.lessons.map((l) => [`${c.manifest.id}/${l.id}`, l] as const));

// What only a verdict may carry: the answer key, the feedback and the explanation.
const SECRET_KEYS = new Set(['correct', 'accepted', 'correctOrder', 'pairs', 'feedback', 'explanation']);

/** Every key path in the value whose key is one of `keys`. */
function keyPaths(value: unknown, keys: Set<string>, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keyPaths(v, keys, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [
    ...(keys.has(k) ? [`${path}.${k}`] : []),
    ...keyPaths(v, keys, `${path}.${k}`),
  ]);
}

/**
 * The feedback and explanation texts of a lesson's questions (long enough not to occur by chance).
 * Accepted short answers are not among them: the readings teach those very words.
 */
function secretTexts(lesson: LessonDefinition): string[] {
  const texts: string[] = [];
  const add = (t: LocalizedText | undefined) =>
    Object.values(t ?? {}).forEach((s) => s && s.length >= 12 && texts.push(s));
  for (const step of lesson.steps) {
    if (step.kind !== 'quiz') continue;
    for (const q of step.questions) {
      add(q.explanation);
      add(q.feedback?.correct);
      add(q.feedback?.incorrect);
      for (const list of ['options', 'items', 'left', 'right'] as const)
        for (const o of (q as { [k in typeof list]?: { feedback?: LocalizedText }[] })[list] ?? [])
          add(o.feedback);
    }
  }
  return texts;
}

describe('the public view of every real course', () => {
  it('covers the courses and their quizzes', () => {
    expect(courses.length).toBeGreaterThanOrEqual(4);
    expect(lessons.filter(([, l]) => l.steps.some((s) => s.kind === 'quiz')).length).toBeGreaterThan(10);
    expect(lessons.flatMap(([, l]) => secretTexts(l)).length).toBeGreaterThan(100);
  });

  it.each(lessons)('%s carries no answer key, feedback or explanation', (_name, lesson) => {
    const publicLesson = toPublicLesson(lesson);
    expect(keyPaths(publicLesson, SECRET_KEYS)).toEqual([]);
    const json = JSON.stringify(publicLesson);
    expect(secretTexts(lesson).filter((text) => json.includes(JSON.stringify(text).slice(1, -1)))).toEqual(
      [],
    );
  });
});
