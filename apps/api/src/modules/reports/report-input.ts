import { type Answer, type Locale, type ProgressSummary, type PublicQuestion } from '@punte/course-engine';

/** A lesson of the group's courses, in course order, with what the report needs to name things. */
export interface ReportLesson {
  courseSlug: string;
  courseTitle: string;
  lessonId: string;
  title: string;
  /** Step id → title, in lesson order. */
  steps: { stepId: string; title: string }[];
  /** Question id → the public question (prompt and options, no answer key) to describe wrong answers. */
  questions: Record<string, PublicQuestion>;
  fallbackLocale: Locale;
}

export interface ReportLearner {
  learnerId: string;
  name: string;
}

/** One graded answer from a learner's event log. */
export interface AnswerRecord {
  questionId: string;
  answer: Answer;
  correct: boolean;
}

/** One learner's progress in one lesson, as the progress store summarises it. */
export interface LearnerLessonProgress {
  learnerId: string;
  lessonId: string;
  summary: ProgressSummary;
  lastSeenAt: Date;
  answers: AnswerRecord[];
}
