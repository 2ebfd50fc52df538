import { error, json } from '@sveltejs/kit';
import { ApiResponseError, ApiUnavailableError } from '$lib/graphql/client';
import { PlayerRecordProgressDocument, type LearnerEventInput } from '$lib/graphql/generated/graphql';
import { requestAsLearner } from '$lib/player/player-api.server';
import type { RequestHandler } from './$types';

const MAX_BODY = 2_000_000;

/** The browser's batches go through this site to the API, with the learner's session. */
export const POST: RequestHandler = async ({ fetch, getClientAddress, locals, params, request }) => {
  const text = await request.text();
  if (text.length > MAX_BODY) error(413, { message: 'Too many events at once' });
  let body: { events?: unknown; guestSeed?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    error(400, { message: 'The body must be JSON: { events: [...] }' });
  }
  if (!Array.isArray(body.events)) error(400, { message: 'The body must have an events list' });
  try {
    const { recordProgress } = await requestAsLearner(
      PlayerRecordProgressDocument,
      {
        input: {
          courseSlug: params.slug,
          lessonId: params.lessonId,
          locale: locals.locale,
          events: body.events as LearnerEventInput[],
          guestSeed: typeof body.guestSeed === 'string' ? body.guestSeed : undefined,
        },
      },
      fetch,
      request.headers.get('cookie'),
      getClientAddress(),
    );
    return json(recordProgress);
  } catch (cause) {
    if (cause instanceof ApiUnavailableError)
      error(503, { message: 'API unavailable', code: 'API_UNAVAILABLE' });
    if (cause instanceof ApiResponseError) {
      const status = cause.codes.includes('UNAUTHENTICATED')
        ? 401
        : cause.codes.includes('NOT_FOUND')
          ? 404
          : 400;
      // Too many guest batches from this address: the events wait in the browser and go later.
      if (cause.codes.includes('RATE_LIMITED')) error(429, { message: cause.message });
      if (cause.codes.includes('CONFLICT') || cause.codes.includes('INTERNAL_SERVER_ERROR'))
        error(503, { message: cause.message });
      error(status, { message: cause.message });
    }
    throw cause;
  }
};
