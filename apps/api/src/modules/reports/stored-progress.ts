import {
  type LessonEvent,
  type Locale,
  type PublicLesson,
  type StoredContext,
  summarizeProgress,
} from '@punte/course-engine';
import { type LearnerActivity } from '../attendance/derive-attendance';
import { localized } from './localized';
import { type AnswerRecord, type LearnerLessonProgress, type ReportLesson } from './report-input';

/**
 * The fields of a learner's stored lesson progress that reports read: the engine's snapshot and the
 * event log with the verdicts the server gave. Structural, so the progress store's schema can grow.
 */
export interface StoredLessonProgress {
  learnerId: string;
  lessonId: string;
  snapshot: { state: { context: Pick<StoredContext, 'steps' | 'currentStepId'> } };
  events: { receivedAt: Date; event: LessonEvent; verdict?: { correct?: boolean } }[];
  lastActivityAt: Date;
}

/** Graded answers, in the order given; a reveal without an answer is not an answer. */
function answersOf(stored: StoredLessonProgress): AnswerRecord[] {
  return stored.events.flatMap((logged) =>
    logged.event.type === 'answer.submit' && typeof logged.verdict?.correct === 'boolean'
      ? [
          {
            questionId: logged.event.questionId,
            answer: logged.event.answer,
            correct: logged.verdict.correct,
          },
        ]
      : [],
  );
}

/** The engine's summary of one stored lesson, with the answers for the most-missed questions. */
export function toLearnerLessonProgress(
  stored: StoredLessonProgress,
  lesson: PublicLesson,
  now: Date,
): LearnerLessonProgress {
  const { steps, currentStepId } = stored.snapshot.state.context;
  const summary = summarizeProgress({ lesson, steps, currentStepId }, { now: now.getTime() });
  return {
    learnerId: stored.learnerId,
    lessonId: stored.lessonId,
    summary,
    lastSeenAt: stored.lastActivityAt,
    answers: answersOf(stored),
  };
}

/** When each learner was active, from the server's receipt times (the learner's clock may be wrong). */
export function activityOf(stored: readonly StoredLessonProgress[]): LearnerActivity[] {
  return stored.flatMap((doc) =>
    doc.events.map((logged) => ({ learnerId: doc.learnerId, at: logged.receivedAt })),
  );
}

/** What a report needs of a lesson, named in the trainer's language. */
export function reportLessonOf(
  course: { slug: string; title: string },
  lesson: PublicLesson,
  locale: Locale,
): ReportLesson {
  const fallback = lesson.fallbackLocale ?? 'en';
  const questions: ReportLesson['questions'] = {};
  for (const step of lesson.steps) {
    if (step.kind === 'quiz') for (const question of step.questions) questions[question.id] = question;
  }
  return {
    courseSlug: course.slug,
    courseTitle: course.title,
    lessonId: lesson.id,
    title: localized(lesson.title, locale, fallback),
    fallbackLocale: fallback,
    steps: lesson.steps.map((step) => ({ stepId: step.id, title: localized(step.title, locale, fallback) })),
    questions,
  };
}
