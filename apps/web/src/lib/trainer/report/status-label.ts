import type { StepSummary } from '@punte/course-engine';
import type { TrainerPagesMessages } from '../../i18n/messages/trainer/pages/messages';

/** A step's status as the engine records it and the learner report passes it on, unchanged. */
export type StepStatus = StepSummary['status'];
/** A lesson's status as the API's report derives it (reports/group-report.ts). */
export type LessonStatus = 'not-started' | 'in-progress' | 'completed';

// Keyed by the engine's own type, so a status added there fails the typecheck here until named.
const STEP_STATUS_SET: Record<StepStatus, true> = {
  'not-started': true,
  'in-progress': true,
  completed: true,
  passed: true,
  failed: true,
};

/** Every step status the API can return. */
export const STEP_STATUSES = Object.keys(STEP_STATUS_SET) as StepStatus[];
/** Every lesson status the API can return. */
export const LESSON_STATUSES: readonly LessonStatus[] = ['not-started', 'in-progress', 'completed'];

type Reports = TrainerPagesMessages['reports'];
const has = <T extends object>(labels: T, key: string): key is Extract<keyof T, string> =>
  Object.hasOwn(labels, key);

/** A step's status in the trainer's words; an unknown future value shows as itself rather than nothing. */
export function stepStatusLabel(status: string, r: Reports): string {
  return has(r.stepStatuses, status) ? r.stepStatuses[status] : status;
}

/** A lesson's status in the trainer's words. */
export function lessonStatusLabel(status: string, r: Reports): string {
  return has(r.statuses, status) ? r.statuses[status] : status;
}
