import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { NewAccountInput, TypedDocumentString } from '$lib/graphql/generated/graphql';
import { claimGuestReaderSettings } from '$lib/reader-settings/carry.server';
import { callApi } from './api.server';

/**
 * The form action of the first-run and sign-up pages: the same three fields go to the given
 * mutation; a refusal gives the form back with what was typed (never the password).
 */
export function newAccountAction<TResult>(
  document: TypedDocumentString<TResult, { input: NewAccountInput }>,
  next: string,
) {
  return async (event: RequestEvent) => {
    const form = await event.request.formData();
    const input = {
      name: String(form.get('name') ?? ''),
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
    };
    const outcome = await callApi(event, document, { input });
    if (outcome.problem) return fail(400, { problem: outcome.problem, name: input.name, email: input.email });
    await claimGuestReaderSettings(event, form);
    redirect(303, next);
  };
}
