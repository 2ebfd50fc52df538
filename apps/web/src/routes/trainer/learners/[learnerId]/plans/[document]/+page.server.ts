import { error, redirect } from '@sveltejs/kit';
import { ApiResponseError, ApiUnavailableError } from '$lib/graphql/client';
import { LearnerPlanDocument } from '$lib/graphql/generated/graphql';
import { requestAsLearner } from '$lib/player/player-api.server';
import { isDownloadName } from '$lib/printables';
import type { PageServerLoad } from './$types';

/** A learner's plan, read-only, for the trainer of their group (or an admin): `?course=<slug>`. */
export const load: PageServerLoad = async ({ fetch, locals, params, request, url }) => {
  const course = url.searchParams.get('course') ?? '';
  if (!isDownloadName(course) || !isDownloadName(params.document) || !/^[a-f0-9]{24}$/.test(params.learnerId))
    error(404, { message: 'Plan not found', code: 'MEDIA_NOT_FOUND' });
  if (!locals.account) redirect(303, `/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`);
  try {
    const { learnerPlan } = await requestAsLearner(
      LearnerPlanDocument,
      { learnerId: params.learnerId, courseSlug: course, documentId: params.document, locale: locals.locale },
      fetch,
      request.headers.get('cookie'),
    );
    return { plan: learnerPlan, learnerId: params.learnerId };
  } catch (cause) {
    if (cause instanceof ApiUnavailableError)
      error(503, { message: 'API unavailable', code: 'API_UNAVAILABLE' });
    if (cause instanceof ApiResponseError) {
      if (cause.codes.includes('UNAUTHENTICATED'))
        redirect(303, `/sign-in?next=${encodeURIComponent(url.pathname + url.search)}`);
      if (cause.codes.includes('FORBIDDEN')) error(403, { message: 'This is not one of your learners' });
      if (cause.codes.includes('NOT_FOUND'))
        error(404, { message: 'Plan not found', code: 'MEDIA_NOT_FOUND' });
    }
    throw cause;
  }
};
