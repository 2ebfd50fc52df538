import type { LessonDefinition } from '../model/step';
import type { PublicLesson } from '../public-view';

/** 32-bit FNV-1a in hex. */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The author's `contentVersion`, else a fingerprint of the lesson's structure. The fingerprint
 * uses only what the public view and the full definition share, so browser and server agree.
 */
export function contentVersionOf(lesson: LessonDefinition | PublicLesson): string {
  if (lesson.contentVersion) return lesson.contentVersion;
  const shape = lesson.steps.map((s) => {
    const inner =
      s.kind === 'quiz'
        ? s.questions.map((q) => q.id)
        : s.kind === 'practice'
          ? s.checkpoints.map((c) => c.id)
          : s.kind === 'worksheet'
            ? s.fields.map((f) => f.id)
            : [];
    return `${s.id}:${s.kind}:${s.next ?? ''}:${(s.routes ?? []).map((r) => r.on + '>' + r.to).join(',')}:${inner.join(',')}`;
  });
  return `shape-${fnv(shape.join('|'))}`;
}
