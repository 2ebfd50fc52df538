import type { GradeResult } from '../grading/grade-answer';
import type { Answer } from '../model/question';
import type { StepOutcome } from '../model/step';
import type { QuestionProgress } from './progress-state';

/** Every event may carry the learner's clock (ms since epoch); time on task is counted from it. */
export interface Timed {
  at?: number;
}

export type LessonEvent =
  | ({ type: 'step.next' } & Timed)
  | ({ type: 'video.progress'; watchedShare: number } & Timed)
  | ({
      type: 'answer.submit';
      questionId: string;
      answer: Answer;
      /** Set by the browser from the server's verdict. */ result?: GradeResult;
    } & Timed)
  | ({ type: 'hint.request'; questionId: string } & Timed)
  | ({
      type: 'checkpoint.reach';
      checkpointId?: string;
      event?: string;
      data?: Record<string, unknown>;
    } & Timed)
  | ({ type: 'solution.reveal'; questionId: string } & Timed)
  | ({
      type: 'worksheet.save';
      /** Field id → value; merged into the step's answers. */
      values: Record<string, string>;
      /** A worksheet step already entered (editing from the assembled document); default: the current step. */
      stepId?: string;
    } & Timed);

export type LessonEventType = LessonEvent['type'];

/** A child machine (quiz, practice) tells the lesson which learner event it accepted: the lesson keeps the step's totals and time on task. */
export interface StepReport {
  type: 'step.recorded';
  event: LessonEvent;
}

/** How a child machine's step ended (its output): the lesson routes on `outcome`. */
export interface StepResult extends Timed {
  outcome: StepOutcome;
  /** Quiz: share of points earned. */
  score?: number;
  /** Quiz: each question as the visit left it. */
  questions?: Record<string, QuestionProgress>;
  /** Practice: the checkpoints reached. */
  reached?: string[];
}
