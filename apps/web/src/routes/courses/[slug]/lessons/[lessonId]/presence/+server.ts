import { error, json } from '@sveltejs/kit';
import { ApiResponseError, ApiUnavailableError } from '$lib/graphql/client';
import { ReportPresenceDocument } from '$lib/graphql/generated/graphql';
import { requestAsLearner } from '$lib/player/player-api.server';
import type { RequestHandler } from './$types';

/** The browser's presence report (lib/offline/presence.ts) goes through this site with the learner's session. */
export const POST: RequestHandler = async ({ fetch, getClientAddress, request }) => {
  const body = (await request.json().catch(() => null)) as {
    pendingEvents?: unknown;
    lessonOpen?: unknown;
    lastOnlineAt?: unknown;
  } | null;
  if (!body || typeof body.pendingEvents !== 'number' || typeof body.lessonOpen !== 'boolean')
    error(400, { message: 'The body must be JSON: { pendingEvents: number, lessonOpen: boolean }' });
  try {
    const { reportPresence } = await requestAsLearner(
      ReportPresenceDocument,
      {
        input: {
          pendingEvents: body.pendingEvents,
          lessonOpen: body.lessonOpen,
          lastOnlineAt: typeof body.lastOnlineAt === 'string' ? body.lastOnlineAt : null,
        },
      },
      fetch,
      request.headers.get('cookie'),
      getClientAddress(),
    );
    return json({ accepted: reportPresence });
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) error(503, { message: 'API unavailable' });
    if (cause instanceof ApiResponseError)
      error(cause.codes.includes('UNAUTHENTICATED') ? 401 : 400, { message: cause.message });
    throw cause;
  }
};
