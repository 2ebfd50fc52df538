import { fail, redirect } from '@sveltejs/kit';
import { callApi } from '$lib/auth/api.server';
import { requireAccount } from '$lib/auth/guards.server';
import { SESSION_COOKIE } from '$lib/auth/session';
import {
  ChangePasswordDocument,
  SignOutDocument,
  SignOutEverywhereDocument,
} from '$lib/graphql/generated/graphql';
import { savedReaderSettings } from '$lib/reader-settings/account.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  account: requireAccount(event),
  // The controls show the account's settings before the page's script runs.
  readerSettings: await savedReaderSettings(event),
});

function signedOut(event: Parameters<Actions[string]>[0]): never {
  event.cookies.delete(SESSION_COOKIE, { path: '/' });
  event.locals.signedOut = true;
  redirect(303, '/sign-in?signedOut');
}

export const actions: Actions = {
  signOut: async (event) => {
    if (event.locals.account) await callApi(event, SignOutDocument, {});
    signedOut(event);
  },
  signOutEverywhere: async (event) => {
    if (event.locals.account) await callApi(event, SignOutEverywhereDocument, {});
    signedOut(event);
  },
  changePassword: async (event) => {
    requireAccount(event);
    const form = await event.request.formData();
    const outcome = await callApi(event, ChangePasswordDocument, {
      currentPassword: String(form.get('currentPassword') ?? ''),
      newPassword: String(form.get('newPassword') ?? ''),
    });
    if (outcome.problem) return fail(400, { problem: outcome.problem });
    return { passwordChanged: true };
  },
};
