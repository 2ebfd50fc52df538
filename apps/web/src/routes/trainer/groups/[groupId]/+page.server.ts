import { fail } from '@sveltejs/kit';
import {
  TrainerRegenerateJoinCodeDocument,
  TrainerResetLearnerPinDocument,
  TrainerUnlockLearnerDocument,
} from '$lib/graphql/generated/graphql';
import { trainerCall } from '$lib/trainer/api.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => ({
  origin: url.origin,
  created: url.searchParams.has('created'),
});

const field = (form: FormData, name: string) => String(form.get(name) ?? '');

export const actions: Actions = {
  regenerate: async (event) => {
    const outcome = await trainerCall(event, TrainerRegenerateJoinCodeDocument, {
      groupId: event.params.groupId,
    });
    if (outcome.problem) return fail(400, { problem: outcome.problem });
    return { done: 'regenerated' as const };
  },
  resetPin: async (event) => {
    const form = await event.request.formData();
    const learnerId = field(form, 'learnerId');
    const pin = field(form, 'pin').trim();
    // The PIN is checked here too, so a slip is named before anything is sent.
    if (!/^\d{4}$/.test(pin))
      return fail(400, { problem: { code: 'BAD_USER_INPUT', reason: 'PIN_INVALID' }, learnerId });
    const outcome = await trainerCall(event, TrainerResetLearnerPinDocument, { learnerId, pin });
    if (outcome.problem) return fail(400, { problem: outcome.problem, learnerId });
    return { done: 'pinReset' as const, learnerId };
  },
  unlock: async (event) => {
    const learnerId = field(await event.request.formData(), 'learnerId');
    const outcome = await trainerCall(event, TrainerUnlockLearnerDocument, { learnerId });
    if (outcome.problem) return fail(400, { problem: outcome.problem, learnerId });
    return { done: 'unlocked' as const, learnerId };
  },
};
