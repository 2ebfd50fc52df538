import { createHash } from 'node:crypto';
import type { LessonDefinition } from '@punte/course-engine';

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object' && !(v instanceof Date))
    return Object.fromEntries(Object.keys(v).sort().filter((k) => (v as Record<string, unknown>)[k] !== undefined).map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
  return v;
}

/** Stable across key order and formatting; changes whenever any content changes. */
export function lessonContentVersion(lesson: LessonDefinition): string {
  const { contentVersion: _ignored, ...rest } = lesson;
  return createHash('sha256').update(JSON.stringify(canonical(rest))).digest('hex').slice(0, 16);
}
