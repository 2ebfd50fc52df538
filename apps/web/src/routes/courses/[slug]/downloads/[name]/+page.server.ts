import { error } from '@sveltejs/kit';
import { PrintableDocument } from '$lib/graphql/generated/graphql';
import { isDownloadName } from '$lib/printables';
import { queryApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, locals, params }) => {
  if (!isDownloadName(params.slug) || !isDownloadName(params.name)) notFound();
  const { printable } = await queryApi(
    PrintableDocument,
    { courseSlug: params.slug, name: params.name, locale: locals.locale },
    fetch,
  );
  if (!printable) notFound();
  return { printable };
};

function notFound(): never {
  error(404, { message: 'Download not found', code: 'MEDIA_NOT_FOUND' });
}
