import { exampleLesson } from '../__fixtures__/example-lesson';
import type { LessonDefinition, QuizStep } from '../model/step';
import { toPublicLesson } from '../public-view';
import { fnv1a } from '../util/fnv';
import { contentVersionOf } from './content-version';

function unstamped(): LessonDefinition {
  const { contentVersion: _v, ...rest } = exampleLesson();
  return rest;
}

describe('contentVersionOf', () => {
  it('returns the stamp a lesson carries', () => {
    expect(contentVersionOf(exampleLesson())).toBe('v1');
  });

  it('fingerprints an unstamped lesson, and the public view carries that fingerprint', () => {
    const version = contentVersionOf(unstamped());
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(toPublicLesson(unstamped()).contentVersion).toBe(version);
    expect(contentVersionOf(toPublicLesson(unstamped()))).toBe(version);
  });

  it('ignores key order and changes with any edit, to a text or to an answer', () => {
    const lesson = unstamped();
    const reversed = JSON.parse(JSON.stringify(lesson), (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    ) as LessonDefinition;
    expect(Object.keys(reversed)).not.toEqual(Object.keys(lesson));
    expect(contentVersionOf(reversed)).toBe(contentVersionOf(lesson));

    const text = unstamped();
    text.steps[0]!.title = { en: 'Another title' };
    const answer = unstamped();
    const q1 = (answer.steps[3] as QuizStep).questions[0]!;
    if (q1.kind === 'single-choice') q1.correct = 'b';
    const versions = new Set([lesson, text, answer].map(contentVersionOf));
    expect(versions.size).toBe(3);
  });
});

describe('fnv1a', () => {
  it('gives the published FNV-1a 32-bit values', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
});
