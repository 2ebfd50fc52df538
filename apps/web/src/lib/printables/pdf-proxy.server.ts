import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { DEFAULT_API_URL } from '$lib/graphql/client';

const PASSED_HEADERS = ['content-type', 'content-length', 'content-disposition', 'cache-control'];

/**
 * A PDF the API makes, passed through this site (the browser needs one origin). With `cookie`, it is
 * asked as the signed-in person; the API's refusal (401, 403) and 404 come back as they are.
 */
export async function proxyPdf(
  fetchFn: typeof fetch,
  path: string,
  options: { cookie?: string | null; cacheControl?: string } = {},
): Promise<Response> {
  const api = new URL(env.API_URL || DEFAULT_API_URL);
  let upstream: Response;
  try {
    upstream = await fetchFn(new URL(path, api.origin), {
      headers: options.cookie ? { cookie: options.cookie } : {},
    });
  } catch {
    error(503, { message: 'API unavailable', code: 'API_UNAVAILABLE' });
  }
  if (upstream.status === 401 || upstream.status === 403)
    error(upstream.status, { message: 'Sign in with an account that may open this download' });
  if (!upstream.ok)
    error(upstream.status === 404 ? 404 : 502, { message: 'Download not found', code: 'MEDIA_NOT_FOUND' });
  const headers = new Headers();
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  if (options.cacheControl) headers.set('cache-control', options.cacheControl);
  return new Response(upstream.body, { status: 200, headers });
}
