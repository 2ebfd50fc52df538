import { error, fail, redirect } from '@sveltejs/kit';
import { callApi } from '$lib/auth/api.server';
import { needsFirstAdmin } from '$lib/auth/viewer.server';
import { CreateFirstAdminDocument } from '$lib/graphql/generated/graphql';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  // Once an administrator exists, this page is gone.
  if (!(await needsFirstAdmin(event))) error(404, { message: 'Not found' });
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const input = {
      name: String(form.get('name') ?? ''),
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
    };
    const outcome = await callApi(event, CreateFirstAdminDocument, { input });
    if (outcome.problem) return fail(400, { problem: outcome.problem, name: input.name, email: input.email });
    redirect(303, '/admin');
  },
};
