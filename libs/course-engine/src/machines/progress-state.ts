import type { GradeResult } from '../grading/grade-answer';
import type { Locale } from '../model/locale';
import type { StepOutcome } from '../model/step';
import type { AnswerKey, PublicLesson } from '../public-view';

export interface QuestionProgress {
  attempts: number;
  wrongAttempts: number;
  solved: boolean;
  revealed: boolean;
  hintShown: boolean;
  /** Score of the last graded attempt, 0..1. */
  score: number;
  lastResult?: GradeResult;
}

export interface StepProgress {
  visits: number;
  status: 'in-progress' | StepOutcome;
  /** Quiz: share of points earned on the last finished visit. */
  score?: number;
  attempts: number;
  failedAttempts: number;
  /** Wrong answers since the last right one: three in a row means the learner is stuck. */
  failuresInARow: number;
  hintsUsed: number;
  timeMs: number;
  watchedShare: number;
  reached: string[];
  questions: Record<string, QuestionProgress>;
  questionOrder?: string[];
  optionOrder?: Record<string, string[]>;
  lastProgressAt: number;
}

export interface LessonContext {
  lesson: PublicLesson;
  /** Present on the server only: grading then happens locally. */
  answerKey?: AnswerKey;
  locale: Locale;
  seed: string | number;
  startedAt: number;
  lastEventAt: number;
  currentStepId: string | null;
  /** Step ids in the order they were entered. */
  trail: string[];
  steps: Record<string, StepProgress>;
  /** Idle gaps longer than this do not count as time on task. */
  maxIdleMs: number;
}

export interface LessonInput {
  lesson: PublicLesson;
  now: number;
  seed: string | number;
  locale?: Locale;
  answerKey?: AnswerKey;
  maxIdleMs?: number;
}
