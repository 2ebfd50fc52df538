import type { PublicLesson } from '../public-view';
import type { LessonContext, QuestionProgress, StepProgress } from './progress-state';
import { nextStepId } from './step-graph';

/** A lesson context as stored: without the lesson text and the answer key, which come from content. */
export type StoredContext = Omit<LessonContext, 'lesson' | 'answerKey'>;

/** The quiz or practice visit that was in progress on `stepId` when the state was stored. */
export interface VisitInProgress {
  stepId: string;
  questions?: Record<string, QuestionProgress>;
  reached?: string[];
}

/** Where a learner left off, taken up again by a lesson whose content has changed since. */
export interface Resume {
  context: StoredContext;
  visit?: VisitInProgress;
}

/** A step's totals before the learner did anything on it. */
export function emptyProgress(now: number): StepProgress {
  return {
    visits: 0,
    status: 'in-progress',
    attempts: 0,
    failedAttempts: 0,
    failuresInARow: 0,
    hintsUsed: 0,
    timeMs: 0,
    watchedShare: 0,
    reached: [],
    questions: {},
    lastProgressAt: now,
  };
}

/** Follows finished steps' outcomes from the start: where the learner stands in the edited lesson. */
function positionIn(lesson: PublicLesson, steps: Record<string, StepProgress>): string | null {
  let index = 0;
  for (let guard = 0; guard <= lesson.steps.length * 4; guard++) {
    const step = lesson.steps[index];
    if (!step) return null;
    const status = steps[step.id]?.status;
    if (status === undefined || status === 'in-progress') return step.id;
    const next = nextStepId(lesson, index, status);
    if (next === null) return null;
    index = lesson.steps.findIndex((s) => s.id === next);
  }
  return lesson.steps[index]?.id ?? null;
}

/**
 * The stored progress fitted to the edited lesson, by stable ids: progress on steps that still exist
 * is kept, the learner stays on the current step if it still exists (else lands where the recorded
 * outcomes lead), and the visit in progress carries over to the child machine if its step is still current.
 */
export function resumedContext(lesson: PublicLesson, resume: Resume): LessonContext {
  const stored = resume.context;
  const kept = new Set(lesson.steps.map((s) => s.id));
  const steps: Record<string, StepProgress> = {};
  for (const [id, p] of Object.entries(stored.steps)) if (kept.has(id)) steps[id] = p;
  const currentStepId =
    stored.currentStepId !== null && kept.has(stored.currentStepId)
      ? stored.currentStepId
      : positionIn(lesson, steps);
  if (currentStepId !== null && !steps[currentStepId])
    steps[currentStepId] = { ...emptyProgress(stored.lastEventAt), visits: 1 };
  const trail = stored.trail.filter((id) => kept.has(id));
  if (currentStepId !== null && currentStepId !== stored.currentStepId) trail.push(currentStepId);
  const { resumedVisit: _stale, ...rest } = stored;
  const context: LessonContext = { ...rest, lesson, currentStepId, steps, trail };
  if (resume.visit && resume.visit.stepId === currentStepId) context.resumedVisit = resume.visit;
  return context;
}
