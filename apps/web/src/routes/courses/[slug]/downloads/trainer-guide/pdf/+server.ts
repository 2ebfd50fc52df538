import { error } from '@sveltejs/kit';
import { isDownloadName } from '$lib/printables';
import { proxyPdf } from '$lib/printables/pdf-proxy.server';
import type { RequestHandler } from './$types';

/** The trainer's guide as a PDF; the API refuses it to anyone but trainers and admins. */
export const GET: RequestHandler = async ({ params, locals, fetch, request }) => {
  if (!isDownloadName(params.slug)) error(404, { message: 'Download not found', code: 'MEDIA_NOT_FOUND' });
  return proxyPdf(fetch, `/printables/${params.slug}/trainer-guide/${locals.locale}`, {
    cookie: request.headers.get('cookie'),
  });
};
