import { fail, redirect } from '@sveltejs/kit';
import { callApi } from '$lib/auth/api.server';
import { ResetPasswordDocument } from '$lib/graphql/generated/graphql';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const outcome = await callApi(event, ResetPasswordDocument, {
      token: event.params.token,
      password: String(form.get('password') ?? ''),
    });
    if (outcome.problem) return fail(400, { problem: outcome.problem });
    redirect(303, '/sign-in?passwordReset');
  },
};
