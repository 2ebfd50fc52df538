import { callApi } from '$lib/auth/api.server';
import { GroupRosterDocument } from '$lib/graphql/generated/graphql';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const outcome = await callApi(event, GroupRosterDocument, { code: event.params.code });
  return { roster: outcome.data?.groupRoster ?? null, problem: outcome.problem };
};
