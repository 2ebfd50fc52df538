/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** An answer; which fields are read depends on `kind` */
export type AnswerInput = {
  /** ordering (in the order given), pick-items */
  itemIds?: Array<string> | null | undefined;
  kind: QuestionKind;
  /** number */
  number?: number | null | undefined;
  /** single-choice */
  optionId?: string | null | undefined;
  /** multiple-choice */
  optionIds?: Array<string> | null | undefined;
  /** matching */
  pairs?: Array<MatchPairInput> | null | undefined;
  /** short-text */
  text?: string | null | undefined;
  /** true-false */
  truth?: boolean | null | undefined;
};

/** Who a course is for */
export type Audience =
  | 'everyone'
  | 'librarians'
  | 'seniors'
  | 'trainers';

export type ClaimGuestProgressInput = {
  lessons: Array<GuestLessonInput>;
  locale: Locale;
};

/** claimed: the guest's progress is now the account's; kept_account: the account was further on */
export type ClaimOutcome =
  | 'claimed'
  | 'kept_account'
  | 'nothing_to_claim';

/** accepted: recorded now; already_recorded: this id was recorded before; refused: never recorded */
export type EventStatus =
  | 'accepted'
  | 'already_recorded'
  | 'refused';

export type GuestLessonInput = {
  courseSlug: string;
  events: Array<LearnerEventInput>;
  guestSeed: string;
  lessonId: string;
};

/** One thing the learner did, as the browser recorded it */
export type LearnerEventInput = {
  answer?: AnswerInput | null | undefined;
  /** The learner's clock, ms since 1970 */
  at: number;
  checkpointId?: string | null | undefined;
  /** Made by the browser (8 to 64 letters, digits, - or _): a retry is recognised by it */
  id: string;
  questionId?: string | null | undefined;
  /** worksheet.save: a worksheet already entered (default: the current step) */
  stepId?: string | null | undefined;
  /** checkpoint.reach: the tool event’s data */
  toolData?: unknown;
  /** checkpoint.reach: the simulated tool’s event name */
  toolEvent?: string | null | undefined;
  /** step.next | video.progress | answer.submit | hint.request | solution.reveal | checkpoint.reach | worksheet.save */
  type: string;
  /** worksheet.save: field id → text (a date YYYY-MM-DD, a choice its option id) */
  values?: unknown;
  /** video.progress: share watched, 0 to 1 */
  watchedShare?: number | null | undefined;
};

export type LessonStatus =
  | 'completed'
  | 'in_progress'
  | 'not_started';

/** A language every screen and course exists in */
export type Locale =
  | 'en'
  | 'pl'
  | 'ro'
  | 'ru'
  | 'uk';

/** A matching answer: this left item goes with that right item */
export type MatchPairInput = {
  left: string;
  right: string;
};

/** The kinds of quiz question */
export type QuestionKind =
  | 'matching'
  | 'multiple_choice'
  | 'number'
  | 'ordering'
  | 'pick_items'
  | 'short_text'
  | 'single_choice'
  | 'true_false';

export type RecordProgressInput = {
  courseSlug: string;
  events: Array<LearnerEventInput>;
  /** Guests only: the seed of their shuffled order. A guest sends the whole log of the lesson each time; nothing is stored. */
  guestSeed?: string | null | undefined;
  lessonId: string;
  /** The language feedback is given in */
  locale: Locale;
};

/** Why the engine refused an event */
export type RefusalCode =
  | 'invalid_event'
  | 'log_full'
  | 'not_applicable'
  | 'not_current_question';

export type CourseDetailQueryVariables = Exact<{
  slug: string;
  locale: Locale;
}>;


export type CourseDetailQuery = { course: { slug: string, title: string, summary: string, audience: Audience, estimatedMinutes: number, coverUrl: string | null, coverAlt: string, languages: Array<Locale>, modules: Array<{ id: string, title: string, summary: string | null, lessons: Array<{ id: string, title: string, summary: string | null, estimatedMinutes: number, stepCount: number }> }> } | null };

export type CoursesListQueryVariables = Exact<{
  locale: Locale;
}>;


export type CoursesListQuery = { courses: Array<{ slug: string, title: string, summary: string, audience: Audience, estimatedMinutes: number, lessonCount: number, moduleCount: number, coverUrl: string | null, coverAlt: string, languages: Array<Locale> }> };

export type PlayerClaimGuestProgressMutationVariables = Exact<{
  input: ClaimGuestProgressInput;
}>;


export type PlayerClaimGuestProgressMutation = { claimGuestProgress: Array<{ courseSlug: string, lessonId: string, outcome: ClaimOutcome, refusedEvents: number }> };

export type PlayerCourseProgressQueryVariables = Exact<{
  courseSlug: string;
  locale: Locale;
}>;


export type PlayerCourseProgressQuery = { myCourseProgress: { courseSlug: string, completedLessons: number, continueLessonId: string | null, completedAt: unknown, lessons: Array<{ lessonId: string, status: LessonStatus, stepNumber: number, stepCount: number, quizzes: Array<{ stepId: string, title: string, score: number, passed: boolean }> }> } };

export type PlayerLessonQueryVariables = Exact<{
  courseSlug: string;
  lessonId: string;
  locale: Locale;
}>;


export type PlayerLessonQuery = { lesson: { courseSlug: string, courseTitle: string, lessonId: string, title: string, locale: Locale, fallbackLocale: Locale, contentVersion: string, content: unknown, place: { moduleId: string, moduleTitle: string, moduleNumber: number, lessonNumber: number, lessonCount: number, previousLessonId: string | null, nextLessonId: string | null } | null, saved: { seed: string, snapshot: unknown, eventCount: number, status: LessonStatus, verdicts: Array<{ questionId: string, correct: boolean | null, score: number | null, feedback: string | null, optionFeedback: Array<string>, attempts: number, attemptsLeft: number | null, settled: boolean, revealed: boolean, explanation: string | null, solution: { kind: QuestionKind, optionId: string | null, optionIds: Array<string> | null, truth: boolean | null, number: number | null, text: string | null, itemIds: Array<string> | null, pairs: Array<{ left: string, right: string }> | null } | null }> } | null } };

export type PlayerVerdictFragment = { questionId: string, correct: boolean | null, score: number | null, feedback: string | null, optionFeedback: Array<string>, attempts: number, attemptsLeft: number | null, settled: boolean, revealed: boolean, explanation: string | null, solution: { kind: QuestionKind, optionId: string | null, optionIds: Array<string> | null, truth: boolean | null, number: number | null, text: string | null, itemIds: Array<string> | null, pairs: Array<{ left: string, right: string }> | null } | null };

export type PlayerRecordProgressMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type PlayerRecordProgressMutation = { recordProgress: { stored: boolean, courseCompletedAt: unknown, results: Array<{ id: string, status: EventStatus, code: RefusalCode | null, reason: string | null, verdict: { questionId: string, correct: boolean | null, score: number | null, feedback: string | null, optionFeedback: Array<string>, attempts: number, attemptsLeft: number | null, settled: boolean, revealed: boolean, explanation: string | null, solution: { kind: QuestionKind, optionId: string | null, optionIds: Array<string> | null, truth: boolean | null, number: number | null, text: string | null, itemIds: Array<string> | null, pairs: Array<{ left: string, right: string }> | null } | null } | null }>, lesson: { status: LessonStatus, currentStepId: string | null, stepNumber: number, stepCount: number } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PlayerVerdictFragmentDoc = new TypedDocumentString(`
    fragment PlayerVerdict on QuestionVerdict {
  questionId
  correct
  score
  feedback
  optionFeedback
  attempts
  attemptsLeft
  settled
  revealed
  explanation
  solution {
    kind
    optionId
    optionIds
    truth
    number
    text
    itemIds
    pairs {
      left
      right
    }
  }
}
    `, {"fragmentName":"PlayerVerdict"}) as unknown as TypedDocumentString<PlayerVerdictFragment, unknown>;
export const CourseDetailDocument = new TypedDocumentString(`
    query CourseDetail($slug: String!, $locale: Locale!) {
  course(slug: $slug, locale: $locale) {
    slug
    title
    summary
    audience
    estimatedMinutes
    coverUrl
    coverAlt
    languages
    modules {
      id
      title
      summary
      lessons {
        id
        title
        summary
        estimatedMinutes
        stepCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CourseDetailQuery, CourseDetailQueryVariables>;
export const CoursesListDocument = new TypedDocumentString(`
    query CoursesList($locale: Locale!) {
  courses(locale: $locale) {
    slug
    title
    summary
    audience
    estimatedMinutes
    lessonCount
    moduleCount
    coverUrl
    coverAlt
    languages
  }
}
    `) as unknown as TypedDocumentString<CoursesListQuery, CoursesListQueryVariables>;
export const PlayerClaimGuestProgressDocument = new TypedDocumentString(`
    mutation PlayerClaimGuestProgress($input: ClaimGuestProgressInput!) {
  claimGuestProgress(input: $input) {
    courseSlug
    lessonId
    outcome
    refusedEvents
  }
}
    `) as unknown as TypedDocumentString<PlayerClaimGuestProgressMutation, PlayerClaimGuestProgressMutationVariables>;
export const PlayerCourseProgressDocument = new TypedDocumentString(`
    query PlayerCourseProgress($courseSlug: String!, $locale: Locale!) {
  myCourseProgress(courseSlug: $courseSlug, locale: $locale) {
    courseSlug
    completedLessons
    continueLessonId
    completedAt
    lessons {
      lessonId
      status
      stepNumber
      stepCount
      quizzes {
        stepId
        title
        score
        passed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlayerCourseProgressQuery, PlayerCourseProgressQueryVariables>;
export const PlayerLessonDocument = new TypedDocumentString(`
    query PlayerLesson($courseSlug: String!, $lessonId: String!, $locale: Locale!) {
  lesson(courseSlug: $courseSlug, lessonId: $lessonId, locale: $locale) {
    courseSlug
    courseTitle
    lessonId
    title
    locale
    fallbackLocale
    contentVersion
    content
    place {
      moduleId
      moduleTitle
      moduleNumber
      lessonNumber
      lessonCount
      previousLessonId
      nextLessonId
    }
    saved {
      seed
      snapshot
      eventCount
      status
      verdicts {
        ...PlayerVerdict
      }
    }
  }
}
    fragment PlayerVerdict on QuestionVerdict {
  questionId
  correct
  score
  feedback
  optionFeedback
  attempts
  attemptsLeft
  settled
  revealed
  explanation
  solution {
    kind
    optionId
    optionIds
    truth
    number
    text
    itemIds
    pairs {
      left
      right
    }
  }
}`) as unknown as TypedDocumentString<PlayerLessonQuery, PlayerLessonQueryVariables>;
export const PlayerRecordProgressDocument = new TypedDocumentString(`
    mutation PlayerRecordProgress($input: RecordProgressInput!) {
  recordProgress(input: $input) {
    results {
      id
      status
      code
      reason
      verdict {
        ...PlayerVerdict
      }
    }
    lesson {
      status
      currentStepId
      stepNumber
      stepCount
    }
    stored
    courseCompletedAt
  }
}
    fragment PlayerVerdict on QuestionVerdict {
  questionId
  correct
  score
  feedback
  optionFeedback
  attempts
  attemptsLeft
  settled
  revealed
  explanation
  solution {
    kind
    optionId
    optionIds
    truth
    number
    text
    itemIds
    pairs {
      left
      right
    }
  }
}`) as unknown as TypedDocumentString<PlayerRecordProgressMutation, PlayerRecordProgressMutationVariables>;