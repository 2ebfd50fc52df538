import { fail, redirect } from '@sveltejs/kit';
import { callApi } from '$lib/auth/api.server';
import { GroupRosterDocument } from '$lib/graphql/generated/graphql';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const typed = String(form.get('code') ?? '').slice(0, 64);
    const code = typed.toUpperCase().replace(/[\s-]/g, '');
    const outcome = await callApi(event, GroupRosterDocument, { code });
    if (outcome.problem) return fail(400, { problem: outcome.problem, code: typed });
    redirect(303, `/join/${encodeURIComponent(code)}`);
  },
};
