import { TrainerJoinHandoutDocument } from '$lib/graphql/generated/graphql';
import { trainerLoad } from '$lib/trainer/api.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { joinHandout } = await trainerLoad(event, TrainerJoinHandoutDocument, {
    groupId: event.params.groupId,
  });
  return { handout: joinHandout };
};
