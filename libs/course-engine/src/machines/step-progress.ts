import type { StepProgress } from './progress-state';

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
