import { fail, redirect } from '@sveltejs/kit';
import { callApi } from '$lib/auth/api.server';
import { AcceptInvitationDocument, InvitationEmailDocument } from '$lib/graphql/generated/graphql';
import { claimGuestReaderSettings } from '$lib/reader-settings/carry.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const outcome = await callApi(event, InvitationEmailDocument, { token: event.params.token });
  return { email: outcome.data?.invitationEmail ?? null };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const name = String(form.get('name') ?? '');
    const outcome = await callApi(event, AcceptInvitationDocument, {
      token: event.params.token,
      name,
      password: String(form.get('password') ?? ''),
    });
    if (outcome.problem) return fail(400, { problem: outcome.problem, name });
    await claimGuestReaderSettings(event, form);
    redirect(303, '/account');
  },
};
