import { fail, redirect } from '@sveltejs/kit';
import { callApi } from '$lib/auth/api.server';
import { GroupRosterDocument, JoinGroupDocument } from '$lib/graphql/generated/graphql';
import { claimGuestReaderSettings } from '$lib/reader-settings/carry.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const outcome = await callApi(event, GroupRosterDocument, { code: event.params.code });
  return { groupName: outcome.data?.groupRoster.groupName ?? null, problem: outcome.problem };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const firstName = String(form.get('firstName') ?? '');
    const lastInitial = String(form.get('lastInitial') ?? '').trim() || null;
    const outcome = await callApi(event, JoinGroupDocument, {
      input: {
        code: event.params.code,
        firstName,
        lastInitial,
        pin: String(form.get('pin') ?? ''),
        pinRepeat: String(form.get('pinRepeat') ?? ''),
      },
    });
    // The name is given back so the learner never types it twice; PINs never are.
    if (outcome.problem) return fail(400, { problem: outcome.problem, firstName, lastInitial });
    await claimGuestReaderSettings(event, form);
    redirect(303, '/');
  },
};
