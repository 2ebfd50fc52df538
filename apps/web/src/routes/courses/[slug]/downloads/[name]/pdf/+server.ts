import { error } from '@sveltejs/kit';
import { isDownloadName } from '$lib/printables';
import { proxyPdf } from '$lib/printables/pdf-proxy.server';
import type { RequestHandler } from './$types';

/** The printable's PDF, made by the API in the learner's language. */
export const GET: RequestHandler = async ({ params, locals, fetch }) => {
  if (!isDownloadName(params.slug) || !isDownloadName(params.name))
    error(404, { message: 'Download not found', code: 'MEDIA_NOT_FOUND' });
  // The language comes from ?lang, the cookie or the browser: a shared cache must not mix them.
  return proxyPdf(fetch, `/printables/${params.slug}/${params.name}/${locals.locale}`, {
    cacheControl: 'private, max-age=3600',
  });
};
