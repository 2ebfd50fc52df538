import { error } from '@sveltejs/kit';
import { ApiResponseError } from '$lib/graphql/client';
import { CourseDetailDocument, PlayerCourseProgressDocument } from '$lib/graphql/generated/graphql';
import { requestAsLearner } from '$lib/player/player-api.server';
import { queryApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, locals, params, request }) => {
  const [{ course }, progress] = await Promise.all([
    queryApi(CourseDetailDocument, { slug: params.slug, locale: locals.locale }, fetch),
    // A signed-in learner's progress; a guest has none on the server (UNAUTHENTICATED).
    requestAsLearner(
      PlayerCourseProgressDocument,
      { courseSlug: params.slug, locale: locals.locale },
      fetch,
      request.headers.get('cookie'),
    ).then(
      (data) => data.myCourseProgress,
      (cause: unknown) => {
        if (cause instanceof ApiResponseError) return null;
        throw cause;
      },
    ),
  ]);
  if (!course) error(404, { message: 'Course not found', code: 'COURSE_NOT_FOUND' });
  return { course, progress };
};
