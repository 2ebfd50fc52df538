import { error, fail, redirect } from '@sveltejs/kit';
import { callApi } from '$lib/auth/api.server';
import { GroupRosterDocument, LearnerSignInDocument } from '$lib/graphql/generated/graphql';
import { claimGuestReaderSettings } from '$lib/reader-settings/carry.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const outcome = await callApi(event, GroupRosterDocument, { code: event.params.code });
  const member = outcome.data?.groupRoster.members.find((m) => m.id === event.params.learnerId);
  if (!member) error(404, { message: 'Not found' });
  return { member };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const outcome = await callApi(event, LearnerSignInDocument, {
      code: event.params.code,
      learnerId: event.params.learnerId,
      pin: String(form.get('pin') ?? ''),
    });
    if (outcome.problem) return fail(400, { problem: outcome.problem });
    await claimGuestReaderSettings(event, form);
    redirect(303, '/');
  },
};
