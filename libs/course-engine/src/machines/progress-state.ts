import type { GradeResult } from '../grading/grade-answer';
import type { Locale } from '../model/locale';
import type { StepOutcome } from '../model/step';
import type { AnswerKey, PublicLesson } from '../public-view';
import type { Resume, VisitInProgress } from './resume';

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
  /** Practice: checkpoints reached on the last finished visit (the visit in progress lives in the practice machine). */
  reached: string[];
  /** Quiz: each question as the last finished visit left it (the visit in progress lives in the quiz machine). */
  questions: Record<string, QuestionProgress>;
  /** Worksheet: what the learner wrote, field id → value (absent until the first save). */
  answers?: Record<string, string>;
  lastProgressAt: number;
}

export interface LessonContext {
  lesson: PublicLesson;
  /** Present on the server only: grading then happens locally. */
  answerKey?: AnswerKey;
  locale: Locale;
  /** Overrides the lesson's `fallbackLocale` for grading short text; set from the input only. */
  fallbackLocale?: Locale;
  seed: string | number;
  startedAt: number;
  lastEventAt: number;
  currentStepId: string | null;
  /** Step ids in the order they were entered. */
  trail: string[];
  steps: Record<string, StepProgress>;
  /** Idle gaps longer than this do not count as time on task. */
  maxIdleMs: number;
  /** After a content update: the current step's visit as it was stored, for its child machine to take up. */
  resumedVisit?: VisitInProgress;
}

export interface LessonInput {
  lesson: PublicLesson;
  now: number;
  seed: string | number;
  locale?: Locale;
  /** Default: the lesson's `fallbackLocale`. */
  fallbackLocale?: Locale;
  answerKey?: AnswerKey;
  maxIdleMs?: number;
  /** Take up stored progress in edited content (`restoreLesson` sets it); the other fields then come from it. */
  resume?: Resume;
}
