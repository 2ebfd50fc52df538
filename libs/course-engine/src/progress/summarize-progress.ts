import type { LessonContext, StepProgress } from '../machines/progress-state';

export const DEFAULT_STUCK_AFTER_MS = 10 * 60_000;
export const STUCK_AFTER_FAILURES = 3;

export interface StepSummary {
  stepId: string;
  status: StepProgress['status'] | 'not-started';
  completed: boolean;
  score?: number;
  attempts: number;
  hintsUsed: number;
  timeMs: number;
}

export interface ProgressSummary {
  lessonId: string;
  completed: boolean;
  /** Share of steps completed (passed counts, failed does not), 0..1. */
  completion: number;
  currentStepId: string | null;
  /** Mean score of the quizzes finished so far; undefined when none. */
  score?: number;
  attempts: number;
  hintsUsed: number;
  timeMs: number;
  stuck: boolean;
  stuckReason?: 'failed-attempts' | 'no-progress';
  steps: StepSummary[];
}

export interface SummaryOptions {
  now: number;
  stuckAfterMs?: number;
}

export function summarizeProgress(
  context: Pick<LessonContext, 'lesson' | 'steps' | 'currentStepId'>,
  options: SummaryOptions,
): ProgressSummary {
  const steps: StepSummary[] = context.lesson.steps.map((s) => {
    const p = context.steps[s.id];
    const out: StepSummary = {
      stepId: s.id,
      status: p?.status ?? 'not-started',
      completed: p?.status === 'completed' || p?.status === 'passed',
      attempts: p?.attempts ?? 0,
      hintsUsed: p?.hintsUsed ?? 0,
      timeMs: p?.timeMs ?? 0,
    };
    if (p?.score !== undefined) out.score = p.score;
    return out;
  });
  const sum = (f: (s: StepSummary) => number) => steps.reduce((t, s) => t + f(s), 0);
  const scored = steps.filter((s) => s.score !== undefined);
  const current = context.currentStepId === null ? undefined : context.steps[context.currentStepId];
  let stuckReason: ProgressSummary['stuckReason'];
  if (current && current.failuresInARow >= STUCK_AFTER_FAILURES) stuckReason = 'failed-attempts';
  else if (current && options.now - current.lastProgressAt > (options.stuckAfterMs ?? DEFAULT_STUCK_AFTER_MS))
    stuckReason = 'no-progress';
  const summary: ProgressSummary = {
    lessonId: context.lesson.id,
    completed: context.currentStepId === null,
    completion: steps.length === 0 ? 1 : steps.filter((s) => s.completed).length / steps.length,
    currentStepId: context.currentStepId,
    attempts: sum((s) => s.attempts),
    hintsUsed: sum((s) => s.hintsUsed),
    timeMs: sum((s) => s.timeMs),
    stuck: stuckReason !== undefined,
    steps,
  };
  if (scored.length) summary.score = scored.reduce((t, s) => t + (s.score as number), 0) / scored.length;
  if (stuckReason) summary.stuckReason = stuckReason;
  return summary;
}
