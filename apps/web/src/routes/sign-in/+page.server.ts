import { fail, redirect } from '@sveltejs/kit';
import { callApi } from '$lib/auth/api.server';
import { safeNext } from '$lib/auth/guards.server';
import { SetupStatusDocument, SignInDocument } from '$lib/graphql/generated/graphql';
import { claimGuestReaderSettings } from '$lib/reader-settings/carry.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const next = safeNext(event.url.searchParams.get('next'));
  if (event.locals.account) redirect(303, next);
  if (event.locals.needsFirstAdmin) redirect(303, '/setup');
  const status = await callApi(event, SetupStatusDocument, {});
  return {
    openSignUp: status.data?.setupStatus.openSignUp ?? false,
    signedOut: event.url.searchParams.has('signedOut'),
    passwordReset: event.url.searchParams.has('passwordReset'),
  };
};

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const email = String(form.get('email') ?? '');
    const outcome = await callApi(event, SignInDocument, {
      input: { email, password: String(form.get('password') ?? ''), keepSignedIn: form.get('keep') === 'on' },
    });
    if (outcome.problem) return fail(400, { problem: outcome.problem, email });
    await claimGuestReaderSettings(event, form);
    redirect(303, safeNext(event.url.searchParams.get('next')));
  },
};
