import type { RequestEvent } from '@sveltejs/kit';
import { callApi } from '$lib/auth/api.server';
import { MyReaderSettingsDocument } from '$lib/graphql/generated/graphql';
import { parseSettings, type ReaderSettings } from './settings';

/**
 * The signed-in person's saved reader settings; null for a guest, an account with none saved
 * (this browser's apply), or an API that cannot say just now (pages work without them).
 */
export async function savedReaderSettings(
  event: Pick<RequestEvent, 'cookies' | 'getClientAddress' | 'url' | 'locals'>,
): Promise<ReaderSettings | null> {
  if (!event.locals.account) return null;
  try {
    const mine = (await callApi(event, MyReaderSettingsDocument, {})).data?.myReaderSettings;
    return mine?.saved ? parseSettings(JSON.stringify(mine)) : null;
  } catch {
    return null;
  }
}
