import { error } from '@sveltejs/kit';
import type { PublicLesson } from '@punte/course-engine';
import { ApiResponseError, ApiUnavailableError } from '$lib/graphql/client';
import { PlayerLessonDocument } from '$lib/graphql/generated/graphql';
import { renderLessonHtml } from '$lib/player/markdown.server';
import { requestAsLearner } from '$lib/player/player-api.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, locals, params, request }) => {
  let lesson;
  try {
    ({ lesson } = await requestAsLearner(
      PlayerLessonDocument,
      { courseSlug: params.slug, lessonId: params.lessonId, locale: locals.locale },
      fetch,
      request.headers.get('cookie'),
    ));
  } catch (cause) {
    if (cause instanceof ApiUnavailableError)
      error(503, { message: 'API unavailable', code: 'API_UNAVAILABLE' });
    if (cause instanceof ApiResponseError && cause.codes.includes('NOT_FOUND'))
      error(404, { message: 'Lesson not found', code: 'COURSE_NOT_FOUND' });
    throw cause;
  }
  const content = lesson.content as PublicLesson;
  return { lesson, content, html: renderLessonHtml(content, lesson.locale, lesson.fallbackLocale) };
};
