/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CourseDetail($slug: String!, $locale: Locale!) {\n  course(slug: $slug, locale: $locale) {\n    slug\n    title\n    summary\n    audience\n    estimatedMinutes\n    coverUrl\n    coverAlt\n    languages\n    modules {\n      id\n      title\n      summary\n      lessons {\n        id\n        title\n        summary\n        estimatedMinutes\n        stepCount\n      }\n    }\n  }\n}": typeof types.CourseDetailDocument,
    "query CoursesList($locale: Locale!) {\n  courses(locale: $locale) {\n    slug\n    title\n    summary\n    audience\n    estimatedMinutes\n    lessonCount\n    moduleCount\n    coverUrl\n    coverAlt\n    languages\n  }\n}": typeof types.CoursesListDocument,
    "mutation PlayerClaimGuestProgress($input: ClaimGuestProgressInput!) {\n  claimGuestProgress(input: $input) {\n    courseSlug\n    lessonId\n    outcome\n    refusedEvents\n  }\n}": typeof types.PlayerClaimGuestProgressDocument,
    "query PlayerCourseProgress($courseSlug: String!, $locale: Locale!) {\n  myCourseProgress(courseSlug: $courseSlug, locale: $locale) {\n    courseSlug\n    completedLessons\n    continueLessonId\n    completedAt\n    lessons {\n      lessonId\n      status\n      stepNumber\n      stepCount\n      quizzes {\n        stepId\n        title\n        score\n        passed\n      }\n    }\n  }\n}": typeof types.PlayerCourseProgressDocument,
    "query PlayerLesson($courseSlug: String!, $lessonId: String!, $locale: Locale!) {\n  lesson(courseSlug: $courseSlug, lessonId: $lessonId, locale: $locale) {\n    courseSlug\n    courseTitle\n    lessonId\n    title\n    locale\n    fallbackLocale\n    contentVersion\n    content\n    place {\n      moduleId\n      moduleTitle\n      moduleNumber\n      lessonNumber\n      lessonCount\n      previousLessonId\n      nextLessonId\n    }\n    saved {\n      seed\n      snapshot\n      eventCount\n      status\n      verdicts {\n        ...PlayerVerdict\n      }\n    }\n  }\n}\n\nfragment PlayerVerdict on QuestionVerdict {\n  questionId\n  correct\n  score\n  feedback\n  optionFeedback\n  attempts\n  attemptsLeft\n  settled\n  revealed\n  explanation\n  solution {\n    kind\n    optionId\n    optionIds\n    truth\n    number\n    text\n    itemIds\n    pairs {\n      left\n      right\n    }\n  }\n}": typeof types.PlayerLessonDocument,
    "mutation PlayerRecordProgress($input: RecordProgressInput!) {\n  recordProgress(input: $input) {\n    results {\n      id\n      status\n      code\n      reason\n      verdict {\n        ...PlayerVerdict\n      }\n    }\n    lesson {\n      status\n      currentStepId\n      stepNumber\n      stepCount\n    }\n    stored\n    courseCompletedAt\n  }\n}": typeof types.PlayerRecordProgressDocument,
};
const documents: Documents = {
    "query CourseDetail($slug: String!, $locale: Locale!) {\n  course(slug: $slug, locale: $locale) {\n    slug\n    title\n    summary\n    audience\n    estimatedMinutes\n    coverUrl\n    coverAlt\n    languages\n    modules {\n      id\n      title\n      summary\n      lessons {\n        id\n        title\n        summary\n        estimatedMinutes\n        stepCount\n      }\n    }\n  }\n}": types.CourseDetailDocument,
    "query CoursesList($locale: Locale!) {\n  courses(locale: $locale) {\n    slug\n    title\n    summary\n    audience\n    estimatedMinutes\n    lessonCount\n    moduleCount\n    coverUrl\n    coverAlt\n    languages\n  }\n}": types.CoursesListDocument,
    "mutation PlayerClaimGuestProgress($input: ClaimGuestProgressInput!) {\n  claimGuestProgress(input: $input) {\n    courseSlug\n    lessonId\n    outcome\n    refusedEvents\n  }\n}": types.PlayerClaimGuestProgressDocument,
    "query PlayerCourseProgress($courseSlug: String!, $locale: Locale!) {\n  myCourseProgress(courseSlug: $courseSlug, locale: $locale) {\n    courseSlug\n    completedLessons\n    continueLessonId\n    completedAt\n    lessons {\n      lessonId\n      status\n      stepNumber\n      stepCount\n      quizzes {\n        stepId\n        title\n        score\n        passed\n      }\n    }\n  }\n}": types.PlayerCourseProgressDocument,
    "query PlayerLesson($courseSlug: String!, $lessonId: String!, $locale: Locale!) {\n  lesson(courseSlug: $courseSlug, lessonId: $lessonId, locale: $locale) {\n    courseSlug\n    courseTitle\n    lessonId\n    title\n    locale\n    fallbackLocale\n    contentVersion\n    content\n    place {\n      moduleId\n      moduleTitle\n      moduleNumber\n      lessonNumber\n      lessonCount\n      previousLessonId\n      nextLessonId\n    }\n    saved {\n      seed\n      snapshot\n      eventCount\n      status\n      verdicts {\n        ...PlayerVerdict\n      }\n    }\n  }\n}\n\nfragment PlayerVerdict on QuestionVerdict {\n  questionId\n  correct\n  score\n  feedback\n  optionFeedback\n  attempts\n  attemptsLeft\n  settled\n  revealed\n  explanation\n  solution {\n    kind\n    optionId\n    optionIds\n    truth\n    number\n    text\n    itemIds\n    pairs {\n      left\n      right\n    }\n  }\n}": types.PlayerLessonDocument,
    "mutation PlayerRecordProgress($input: RecordProgressInput!) {\n  recordProgress(input: $input) {\n    results {\n      id\n      status\n      code\n      reason\n      verdict {\n        ...PlayerVerdict\n      }\n    }\n    lesson {\n      status\n      currentStepId\n      stepNumber\n      stepCount\n    }\n    stored\n    courseCompletedAt\n  }\n}": types.PlayerRecordProgressDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CourseDetail($slug: String!, $locale: Locale!) {\n  course(slug: $slug, locale: $locale) {\n    slug\n    title\n    summary\n    audience\n    estimatedMinutes\n    coverUrl\n    coverAlt\n    languages\n    modules {\n      id\n      title\n      summary\n      lessons {\n        id\n        title\n        summary\n        estimatedMinutes\n        stepCount\n      }\n    }\n  }\n}"): typeof import('./graphql').CourseDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoursesList($locale: Locale!) {\n  courses(locale: $locale) {\n    slug\n    title\n    summary\n    audience\n    estimatedMinutes\n    lessonCount\n    moduleCount\n    coverUrl\n    coverAlt\n    languages\n  }\n}"): typeof import('./graphql').CoursesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlayerClaimGuestProgress($input: ClaimGuestProgressInput!) {\n  claimGuestProgress(input: $input) {\n    courseSlug\n    lessonId\n    outcome\n    refusedEvents\n  }\n}"): typeof import('./graphql').PlayerClaimGuestProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlayerCourseProgress($courseSlug: String!, $locale: Locale!) {\n  myCourseProgress(courseSlug: $courseSlug, locale: $locale) {\n    courseSlug\n    completedLessons\n    continueLessonId\n    completedAt\n    lessons {\n      lessonId\n      status\n      stepNumber\n      stepCount\n      quizzes {\n        stepId\n        title\n        score\n        passed\n      }\n    }\n  }\n}"): typeof import('./graphql').PlayerCourseProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlayerLesson($courseSlug: String!, $lessonId: String!, $locale: Locale!) {\n  lesson(courseSlug: $courseSlug, lessonId: $lessonId, locale: $locale) {\n    courseSlug\n    courseTitle\n    lessonId\n    title\n    locale\n    fallbackLocale\n    contentVersion\n    content\n    place {\n      moduleId\n      moduleTitle\n      moduleNumber\n      lessonNumber\n      lessonCount\n      previousLessonId\n      nextLessonId\n    }\n    saved {\n      seed\n      snapshot\n      eventCount\n      status\n      verdicts {\n        ...PlayerVerdict\n      }\n    }\n  }\n}\n\nfragment PlayerVerdict on QuestionVerdict {\n  questionId\n  correct\n  score\n  feedback\n  optionFeedback\n  attempts\n  attemptsLeft\n  settled\n  revealed\n  explanation\n  solution {\n    kind\n    optionId\n    optionIds\n    truth\n    number\n    text\n    itemIds\n    pairs {\n      left\n      right\n    }\n  }\n}"): typeof import('./graphql').PlayerLessonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlayerRecordProgress($input: RecordProgressInput!) {\n  recordProgress(input: $input) {\n    results {\n      id\n      status\n      code\n      reason\n      verdict {\n        ...PlayerVerdict\n      }\n    }\n    lesson {\n      status\n      currentStepId\n      stepNumber\n      stepCount\n    }\n    stored\n    courseCompletedAt\n  }\n}"): typeof import('./graphql').PlayerRecordProgressDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
