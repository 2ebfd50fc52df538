import { TrainerGroupDocument } from '$lib/graphql/generated/graphql';
import { trainerLoad } from '$lib/trainer/api.server';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
  const { group, groupMembers } = await trainerLoad(event, TrainerGroupDocument, {
    id: event.params.groupId,
  });
  return { group, members: groupMembers };
};
