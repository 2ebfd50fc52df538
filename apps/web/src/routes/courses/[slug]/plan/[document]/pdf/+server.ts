import { error } from '@sveltejs/kit';
import { isDownloadName } from '$lib/printables';
import { proxyPdf } from '$lib/printables/pdf-proxy.server';
import type { RequestHandler } from './$types';

/** The learner's plan as a PDF, made by the API from what their account holds. */
export const GET: RequestHandler = async ({ params, locals, fetch, request }) => {
  if (!isDownloadName(params.slug) || !isDownloadName(params.document))
    error(404, { message: 'Plan not found', code: 'MEDIA_NOT_FOUND' });
  return proxyPdf(fetch, `/plans/${params.slug}/${params.document}/${locals.locale}`, {
    cookie: request.headers.get('cookie'),
  });
};
