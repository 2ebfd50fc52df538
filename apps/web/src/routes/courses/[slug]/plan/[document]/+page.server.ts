import { error } from '@sveltejs/kit';
import { ApiResponseError, ApiUnavailableError } from '$lib/graphql/client';
import { MyPlanDocument } from '$lib/graphql/generated/graphql';
import { requestAsLearner } from '$lib/player/player-api.server';
import { isDownloadName } from '$lib/printables';
import type { PageServerLoad } from './$types';

/**
 * A guest's worksheets live only in this browser, and the server keeps nothing of a guest's: the
 * plan is assembled and made into a PDF for an account. A guest is asked to sign in (what they
 * wrote here is carried to the account at sign-in, like the rest of their progress).
 */
export const load: PageServerLoad = async ({ fetch, locals, params, request, url }) => {
  if (!isDownloadName(params.slug) || !isDownloadName(params.document)) notFound();
  if (!locals.account) return { plan: null, signInHref: `/sign-in?next=${encodeURIComponent(url.pathname)}` };
  try {
    const { myPlan } = await requestAsLearner(
      MyPlanDocument,
      { courseSlug: params.slug, documentId: params.document, locale: locals.locale },
      fetch,
      request.headers.get('cookie'),
    );
    return { plan: myPlan, signInHref: null };
  } catch (cause) {
    if (cause instanceof ApiUnavailableError)
      error(503, { message: 'API unavailable', code: 'API_UNAVAILABLE' });
    if (cause instanceof ApiResponseError && cause.codes.includes('NOT_FOUND')) notFound();
    // The session ended between the page's check and the API's: the same page as a guest gets.
    if (cause instanceof ApiResponseError && cause.codes.includes('UNAUTHENTICATED'))
      return { plan: null, signInHref: `/sign-in?next=${encodeURIComponent(url.pathname)}` };
    throw cause;
  }
};

function notFound(): never {
  error(404, { message: 'Plan not found', code: 'MEDIA_NOT_FOUND' });
}
