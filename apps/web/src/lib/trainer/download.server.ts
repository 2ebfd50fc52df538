import { error, type RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { SESSION_COOKIE } from '$lib/auth/session';
import { DEFAULT_API_URL } from '$lib/graphql/client';

const PASSED_HEADERS = ['content-type', 'content-length', 'content-disposition'];

/**
 * Relays one of the API's group downloads (PDF, CSV) with the trainer's session: the browser
 * talks to this site only. Nothing is cached: the files name learners.
 */
export async function relayDownload(
  event: Pick<RequestEvent, 'cookies' | 'fetch' | 'getClientAddress'>,
  path: string,
): Promise<Response> {
  const api = new URL(env.API_URL || DEFAULT_API_URL);
  const token = event.cookies.get(SESSION_COOKIE);
  let upstream: Response;
  try {
    upstream = await event.fetch(new URL(path, api.origin), {
      headers: {
        'x-forwarded-for': event.getClientAddress(),
        ...(token ? { cookie: `${SESSION_COOKIE}=${encodeURIComponent(token)}` } : {}),
      },
    });
  } catch {
    error(503, { message: 'API unavailable', code: 'API_UNAVAILABLE' });
  }
  if (!upstream.ok) {
    // Someone else's group is "not found" here as on the pages.
    const status = upstream.status >= 500 ? 502 : 404;
    error(status, { message: 'Download not available' });
  }
  const headers = new Headers({ 'cache-control': 'private, no-store' });
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: 200, headers });
}
