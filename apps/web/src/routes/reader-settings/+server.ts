import { error } from '@sveltejs/kit';
import { callApi } from '$lib/auth/api.server';
import { SaveReaderSettingsDocument } from '$lib/graphql/generated/graphql';
import { parseSettings } from '$lib/reader-settings/settings';
import type { RequestHandler } from './$types';

/** A signed-in learner's reader settings go to their account (a guest's stay in the browser). */
export const POST: RequestHandler = async (event) => {
  if (!event.locals.account) error(401, { message: 'Sign in to keep reader settings on your account' });
  const settings = parseSettings(await event.request.text());
  const outcome = await callApi(event, SaveReaderSettingsDocument, { input: settings });
  if (outcome.problem) error(400, { message: `Not saved: ${outcome.problem.code}` });
  return new Response(null, { status: 204 });
};
