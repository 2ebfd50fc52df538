import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { DEFAULT_API_URL } from '$lib/graphql/client';
import { isDownloadName } from '$lib/printables';
import type { RequestHandler } from './$types';

const PASSED_HEADERS = ['content-type', 'content-length', 'content-disposition'];

/** The printable's PDF, made by the API in the learner's language; the browser needs one origin. */
export const GET: RequestHandler = async ({ params, locals, fetch }) => {
  if (!isDownloadName(params.slug) || !isDownloadName(params.name))
    error(404, { message: 'Download not found', code: 'MEDIA_NOT_FOUND' });
  const api = new URL(env.API_URL || DEFAULT_API_URL);
  const target = new URL(`/printables/${params.slug}/${params.name}/${locals.locale}`, api.origin);
  let upstream: Response;
  try {
    upstream = await fetch(target);
  } catch {
    error(503, { message: 'API unavailable', code: 'API_UNAVAILABLE' });
  }
  if (!upstream.ok)
    error(upstream.status === 404 ? 404 : 502, { message: 'Download not found', code: 'MEDIA_NOT_FOUND' });
  const headers = new Headers();
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  // The language comes from ?lang, the cookie or the browser: a shared cache must not mix them.
  headers.set('cache-control', 'private, max-age=3600');
  return new Response(upstream.body, { status: 200, headers });
};
