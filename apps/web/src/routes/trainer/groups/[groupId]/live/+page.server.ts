import { fail } from '@sveltejs/kit';
import { TrainerLiveDocument, TrainerMarkHelpedDocument } from '$lib/graphql/generated/graphql';
import { trainerCall, trainerLoad } from '$lib/trainer/api.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { groupLive } = await trainerLoad(event, TrainerLiveDocument, {
    groupId: event.params.groupId,
    locale: event.locals.locale,
  });
  return { cards: groupLive.cards };
};

export const actions: Actions = {
  helped: async (event) => {
    const learnerId = String((await event.request.formData()).get('learnerId') ?? '');
    const outcome = await trainerCall(event, TrainerMarkHelpedDocument, {
      groupId: event.params.groupId,
      learnerId,
    });
    if (outcome.problem) return fail(400, { problem: outcome.problem, learnerId });
    return { helped: learnerId };
  },
};
