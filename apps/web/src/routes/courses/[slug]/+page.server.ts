import { error } from '@sveltejs/kit';
import { CourseDetailDocument } from '$lib/graphql/generated/graphql';
import { queryApi } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, locals, params }) => {
  const { course } = await queryApi(
    CourseDetailDocument,
    { slug: params.slug, locale: locals.locale },
    fetch,
  );
  if (!course) error(404, { message: 'Course not found', code: 'COURSE_NOT_FOUND' });
  return { course };
};
