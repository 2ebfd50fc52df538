import type { GradeResult } from '../grading/grade-answer';
import type { Answer } from '../model/question';

/** Every event may carry the learner's clock (ms since epoch); time on task is counted from it. */
export interface Timed {
  at?: number;
}

export type LessonEvent =
  | ({ type: 'step.next' } & Timed)
  | ({ type: 'video.progress'; watchedShare: number } & Timed)
  | ({ type: 'answer.submit'; questionId: string; answer: Answer; /** Set by the browser from the server's verdict. */ result?: GradeResult } & Timed)
  | ({ type: 'hint.request'; questionId: string } & Timed)
  | ({ type: 'checkpoint.reach'; checkpointId?: string; event?: string; data?: Record<string, unknown> } & Timed)
  | ({ type: 'solution.reveal'; questionId: string } & Timed);

export type LessonEventType = LessonEvent['type'];
