import { error, redirect } from '@sveltejs/kit';
import { ApiResponseError, ApiUnavailableError } from '$lib/graphql/client';
import { TrainerGuideDocument } from '$lib/graphql/generated/graphql';
import { requestAsLearner } from '$lib/player/player-api.server';
import { isDownloadName } from '$lib/printables';
import type { PageServerLoad } from './$types';

/** The course's guide for trainers: the API gives it to trainers and admins only. */
export const load: PageServerLoad = async ({ fetch, locals, params, request, url }) => {
  if (!isDownloadName(params.slug)) notFound();
  if (!locals.account) redirect(303, `/sign-in?next=${encodeURIComponent(url.pathname)}`);
  try {
    const { trainerGuide } = await requestAsLearner(
      TrainerGuideDocument,
      { courseSlug: params.slug, locale: locals.locale },
      fetch,
      request.headers.get('cookie'),
    );
    return { printable: trainerGuide };
  } catch (cause) {
    if (cause instanceof ApiUnavailableError)
      error(503, { message: 'API unavailable', code: 'API_UNAVAILABLE' });
    if (cause instanceof ApiResponseError && cause.codes.includes('FORBIDDEN'))
      error(403, { message: 'This page is for trainers' });
    if (cause instanceof ApiResponseError && cause.codes.includes('NOT_FOUND')) notFound();
    throw cause;
  }
};

function notFound(): never {
  error(404, { message: 'Download not found', code: 'MEDIA_NOT_FOUND' });
}
