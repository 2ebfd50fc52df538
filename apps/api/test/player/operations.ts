/** The GraphQL operations of the player, as the web app sends them. */
export const LESSON = `query Lesson($courseSlug: String!, $lessonId: String!, $locale: Locale!) {
  lesson(courseSlug: $courseSlug, lessonId: $lessonId, locale: $locale) {
    courseSlug courseTitle lessonId title locale fallbackLocale contentVersion content
    place { moduleId moduleTitle moduleNumber lessonNumber lessonCount previousLessonId nextLessonId }
    saved { seed snapshot eventCount status verdicts { questionId correct attempts settled revealed explanation feedback solution { kind optionId itemIds } } }
  }
}`;

export const RECORD = `mutation Record($input: RecordProgressInput!) {
  recordProgress(input: $input) {
    results { id status code reason verdict { questionId correct score feedback optionFeedback attempts attemptsLeft settled revealed explanation solution { kind optionId optionIds truth number text itemIds pairs { left right } } } }
    lesson { status currentStepId stepNumber stepCount }
    stored
    courseCompletedAt
  }
}`;

export const COURSE_PROGRESS = `query CourseProgress($courseSlug: String!, $locale: Locale!) {
  myCourseProgress(courseSlug: $courseSlug, locale: $locale) {
    courseSlug completedLessons continueLessonId completedAt
    lessons { lessonId status currentStepId stepNumber stepCount completedAt quizzes { stepId title score passed } }
  }
}`;

export const CLAIM = `mutation Claim($input: ClaimGuestProgressInput!) {
  claimGuestProgress(input: $input) { courseSlug lessonId outcome refusedEvents }
}`;

let counter = 0;
/** A client-made event id, as the browser makes them. */
export const eventId = (label = 'e') =>
  `${label}-${Date.now().toString(36)}-${(counter++).toString(36).padStart(4, '0')}`;

export type EventInput = Record<string, unknown> & { id: string; at: number; type: string };

export const ev = (type: string, fields: Record<string, unknown> = {}, at = Date.now()): EventInput => ({
  id: eventId(type.replace(/[^A-Za-z0-9]/g, '-')),
  at,
  type,
  ...fields,
});

export const answer = (questionId: string, value: Record<string, unknown>) =>
  ev('answer.submit', { questionId, answer: value });
