import { TrainerGroupsDocument } from '$lib/graphql/generated/graphql';
import { trainerLoad } from '$lib/trainer/api.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const includeArchived = event.url.searchParams.has('archived');
  const { myGroups } = await trainerLoad(event, TrainerGroupsDocument, { includeArchived });
  return { groups: myGroups, includeArchived };
};
