import { TrainerGroupsDocument } from '$lib/graphql/generated/graphql';
import { trainerLoad } from '$lib/trainer/api.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { myGroups } = await trainerLoad(event, TrainerGroupsDocument, {});
  return { groups: myGroups };
};
