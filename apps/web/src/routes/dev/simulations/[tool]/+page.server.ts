import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { contentDir, isTool, practiceStepsOf } from '$lib/simulations/dev/load-practice.server';
import type { PageServerLoad } from './$types';

/** A preview of the practice tools for development and browser tests; absent in production. */
export const load: PageServerLoad = ({ params, locals }) => {
  if (env.PUNTE_DEV_PAGES !== '1' || !isTool(params.tool)) error(404, { message: 'Not found' });
  return { tool: params.tool, steps: practiceStepsOf(params.tool, contentDir(env)), locale: locals.locale };
};
