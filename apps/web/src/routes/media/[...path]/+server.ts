import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { DEFAULT_API_URL } from '$lib/graphql/client';
import type { RequestHandler } from './$types';

const PASSED_HEADERS = ['content-type', 'content-length', 'cache-control', 'etag', 'last-modified'];

/** Media are files, never pages: nothing in them (an SVG's script) runs in the site's origin. */
const MEDIA_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";

/**
 * Course media (covers, images, captions, memos) live beside the course files and are served by
 * the API; the browser asks this site for them, so pages need only one origin.
 */
export const GET: RequestHandler = async ({ params, fetch }) => {
  const api = new URL(env.API_URL || DEFAULT_API_URL);
  const target = new URL(`/media/${params.path}`, api.origin);
  let upstream: Response;
  try {
    upstream = await fetch(target);
  } catch {
    error(503, { message: 'API unavailable', code: 'API_UNAVAILABLE' });
  }
  if (!upstream.ok)
    error(upstream.status === 404 ? 404 : 502, { message: 'Media not found', code: 'MEDIA_NOT_FOUND' });
  const headers = new Headers();
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  headers.set('content-security-policy', MEDIA_CSP);
  headers.set('x-content-type-options', 'nosniff');
  return new Response(upstream.body, { status: 200, headers });
};
