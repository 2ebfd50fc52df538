import { error } from '@sveltejs/kit';
import { isDownloadName } from '$lib/printables';
import { proxyPdf } from '$lib/printables/pdf-proxy.server';
import type { RequestHandler } from './$types';

/** A learner's plan as a PDF for their trainer (`?course=<slug>`); the API checks the group. */
export const GET: RequestHandler = async ({ params, locals, fetch, request, url }) => {
  const course = url.searchParams.get('course') ?? '';
  if (!isDownloadName(course) || !isDownloadName(params.document) || !/^[a-f0-9]{24}$/.test(params.learnerId))
    error(404, { message: 'Plan not found', code: 'MEDIA_NOT_FOUND' });
  const path = `/plans/${course}/${params.document}/${locals.locale}/learners/${params.learnerId}`;
  return proxyPdf(fetch, path, { cookie: request.headers.get('cookie') });
};
