import { fail } from '@sveltejs/kit';
import {
  TrainerArchiveGroupDocument,
  TrainerGroupsDocument,
  TrainerMoveLearnerDocument,
  TrainerRegenerateJoinCodeDocument,
  TrainerRemoveLearnerDocument,
  TrainerResetLearnerPinDocument,
  TrainerUnlockLearnerDocument,
} from '$lib/graphql/generated/graphql';
import { trainerCall, trainerLoad } from '$lib/trainer/api.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { myGroups } = await trainerLoad(event, TrainerGroupsDocument, {});
  return {
    origin: event.url.origin,
    created: event.url.searchParams.has('created'),
    saved: event.url.searchParams.has('saved'),
    otherGroups: myGroups
      .filter((g) => g.id !== event.params.groupId && g.canManage)
      .map((g) => ({ id: g.id, name: g.name })),
  };
};

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
  move: async (event) => {
    const form = await event.request.formData();
    const learnerId = field(form, 'learnerId');
    const toGroupId = field(form, 'toGroupId');
    const outcome = await trainerCall(event, TrainerMoveLearnerDocument, { learnerId, toGroupId });
    if (outcome.problem) return fail(400, { problem: outcome.problem, learnerId });
    const { myGroups } = await trainerLoad(event, TrainerGroupsDocument, {});
    const groupName = myGroups.find((g) => g.id === toGroupId)?.name ?? '';
    return { done: 'moved' as const, name: outcome.data.moveLearner.name, groupName };
  },
  remove: async (event) => {
    const form = await event.request.formData();
    const learnerId = field(form, 'learnerId');
    const name = field(form, 'name');
    const outcome = await trainerCall(event, TrainerRemoveLearnerDocument, { learnerId });
    if (outcome.problem) return fail(400, { problem: outcome.problem, learnerId });
    return { done: 'removed' as const, name };
  },
  archive: async (event) => {
    const archived = field(await event.request.formData(), 'archived') !== 'false';
    const outcome = await trainerCall(event, TrainerArchiveGroupDocument, {
      groupId: event.params.groupId,
      archived,
    });
    if (outcome.problem) return fail(400, { problem: outcome.problem });
    return { done: archived ? ('archived' as const) : ('unarchived' as const) };
  },
};
