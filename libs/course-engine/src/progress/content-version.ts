import type { LessonDefinition } from '../model/step';
import type { PublicLesson } from '../public-view';
import { fnv1a } from '../util/fnv';

// A second basis gives 64 bits of fingerprint: a missed edit would need two 32-bit collisions at once.
const SECOND_BASIS = 0x050c5d1f;

/** JSON with object keys sorted at every level, so formatting and key order do not count. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}

const hex = (n: number) => n.toString(16).padStart(8, '0');

/**
 * The one content version of a lesson: the database, the API and every learner's snapshot use it.
 * It is the stamp the lesson carries (the content loader stamps each lesson with this function, and
 * `toPublicLesson` keeps it), else a fingerprint of everything in the lesson: any edit, to a text
 * or to an answer, gives a new version.
 */
export function contentVersionOf(lesson: LessonDefinition | PublicLesson): string {
  if (lesson.contentVersion) return lesson.contentVersion;
  const text = canonicalJson(lesson);
  return hex(fnv1a(text)) + hex(fnv1a(text, SECOND_BASIS));
}
