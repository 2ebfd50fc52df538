import { fail, redirect } from '@sveltejs/kit';
import { callApi } from '$lib/auth/api.server';
import { SignUpDocument } from '$lib/graphql/generated/graphql';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const input = {
      name: String(form.get('name') ?? ''),
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
    };
    const outcome = await callApi(event, SignUpDocument, { input });
    if (outcome.problem) return fail(400, { problem: outcome.problem, name: input.name, email: input.email });
    redirect(303, '/');
  },
};
