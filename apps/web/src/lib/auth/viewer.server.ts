import type { RequestEvent } from '@sveltejs/kit';
import { MeDocument, SetupStatusDocument } from '$lib/graphql/generated/graphql';
import { callApi } from './api.server';
import { SESSION_COOKIE } from './session';

export type SignedInAccount = NonNullable<App.Locals['account']>;

/** The signed-in person, asked of the API only when the browser carries a session cookie. */
export async function accountOf(event: RequestEvent): Promise<SignedInAccount | null> {
  if (!event.cookies.get(SESSION_COOKIE)) return null;
  const outcome = await callApi(event, MeDocument, {});
  if (!outcome.data?.me) {
    event.cookies.delete(SESSION_COOKIE, { path: '/' });
    return null;
  }
  return outcome.data.me;
}

// Once an administrator exists there is never none again, so this server stops asking.
let setupDone = false;

export async function needsFirstAdmin(event: RequestEvent): Promise<boolean> {
  if (setupDone) return false;
  const outcome = await callApi(event, SetupStatusDocument, {});
  if (outcome.data && !outcome.data.setupStatus.needsFirstAdmin) setupDone = true;
  return outcome.data?.setupStatus.needsFirstAdmin ?? false;
}
