import type { RequestEvent } from '@sveltejs/kit';
import { callApi } from '$lib/auth/api.server';
import { MyReaderSettingsDocument } from '$lib/graphql/generated/graphql';
import { parseSettings, type ReaderSettings } from './settings';

type SettingsEvent = Pick<RequestEvent, 'cookies' | 'getClientAddress' | 'url' | 'locals'>;

/** One read per request: the account page's load and the boot script in its <head> both need it. */
const readThisRequest = new WeakMap<App.Locals, Promise<ReaderSettings | null>>();

/**
 * The signed-in person's saved reader settings; null for a guest, an account with none saved
 * (this browser's apply), or an API that cannot say just now (pages work without them).
 */
export function savedReaderSettings(event: SettingsEvent): Promise<ReaderSettings | null> {
  let read = readThisRequest.get(event.locals);
  if (!read) {
    read = readSettings(event);
    readThisRequest.set(event.locals, read);
  }
  return read;
}

async function readSettings(event: SettingsEvent): Promise<ReaderSettings | null> {
  if (!event.locals.account) return null;
  try {
    const mine = (await callApi(event, MyReaderSettingsDocument, {})).data?.myReaderSettings;
    return mine?.saved ? parseSettings(JSON.stringify(mine)) : null;
  } catch {
    return null;
  }
}
