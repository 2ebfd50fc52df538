import { CoursesListDocument } from '$lib/graphql/generated/graphql';
import { queryApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, locals }) => {
  const { courses } = await queryApi(CoursesListDocument, { locale: locals.locale }, fetch);
  return { courses };
};
