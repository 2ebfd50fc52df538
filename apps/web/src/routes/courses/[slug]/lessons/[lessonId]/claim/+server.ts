import { error, json } from '@sveltejs/kit';
import { ApiResponseError, ApiUnavailableError } from '$lib/graphql/client';
import { PlayerClaimGuestProgressDocument, type GuestLessonInput } from '$lib/graphql/generated/graphql';
import { requestAsLearner } from '$lib/player/player-api.server';
import type { RequestHandler } from './$types';

/** Carries the guest progress kept in this browser to the account the learner just signed in to. */
export const POST: RequestHandler = async ({ fetch, locals, request }) => {
  const body = (await request.json().catch(() => null)) as { lessons?: unknown } | null;
  if (!body || !Array.isArray(body.lessons)) error(400, { message: 'The body must have a lessons list' });
  try {
    const { claimGuestProgress } = await requestAsLearner(
      PlayerClaimGuestProgressDocument,
      { input: { locale: locals.locale, lessons: body.lessons as GuestLessonInput[] } },
      fetch,
      request.headers.get('cookie'),
    );
    return json(claimGuestProgress);
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) error(503, { message: 'API unavailable' });
    if (cause instanceof ApiResponseError)
      error(cause.codes.includes('UNAUTHENTICATED') ? 401 : 400, { message: cause.message });
    throw cause;
  }
};
