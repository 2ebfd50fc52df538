import type { RequestEvent } from '@sveltejs/kit';
import { callApi } from '$lib/auth/api.server';
import { ClaimGuestReaderSettingsDocument } from '$lib/graphql/generated/graphql';
import { GUEST_SETTINGS_FIELD, guestSettingsToCarry } from './carry';

type SessionEvent = Pick<RequestEvent, 'cookies' | 'getClientAddress' | 'url'>;

/**
 * Right after a form has started a session (sign-in, a new account, joining a group with a PIN):
 * the reader settings the guest chose in this browser become the account's, unless it has its
 * own; the API decides that in one step, as the boot script does (the account's win).
 * Never stops the sign-in: if this fails, this browser still has them and the boot script applies them.
 */
export async function claimGuestReaderSettings(event: SessionEvent, form: FormData): Promise<void> {
  const raw = form.get(GUEST_SETTINGS_FIELD);
  const settings = guestSettingsToCarry(typeof raw === 'string' ? raw : null);
  if (!settings) return;
  try {
    await callApi(event, ClaimGuestReaderSettingsDocument, { input: settings });
  } catch {
    // The API unreachable (callApi throws a 503): the person is signed in all the same.
  }
}
