import type { LessonDefinition } from '@punte/course-engine';

/** Fallback reference checks, used only if the engine's validateLesson is unavailable. */
export function checkLessonStructure(lesson: LessonDefinition): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  const ids = new Set(lesson.steps.map((s) => s.id));
  lesson.steps.forEach((s, si) => {
    if (s.next && !ids.has(s.next)) out.push({ path: ['steps', si, 'next'], message: `step ${s.id} goes next to missing step ${s.next}` });
    s.routes?.forEach((r, ri) => {
      if (!ids.has(r.to)) out.push({ path: ['steps', si, 'routes', ri, 'to'], message: `step ${s.id} routes to missing step ${r.to}` });
    });
    if (s.kind === 'quiz') s.questions.forEach((q, qi) => {
      const p = ['steps', si, 'questions', qi];
      if (q.kind === 'single-choice' && !q.options.some((o) => o.id === q.correct)) out.push({ path: [...p, 'correct'], message: `question ${q.id} has no correct option` });
    });
  });
  return out;
}
