import type { RequestEvent } from '@sveltejs/kit';
import { callApi } from '$lib/auth/api.server';
import { MyReaderSettingsDocument } from '$lib/graphql/generated/graphql';
import { bootScript, type ReaderSettings } from './settings';

/** Where app.html takes the boot script, inside a <script> that carries the page's CSP nonce. */
export const READER_BOOT_PLACEHOLDER = '%punte.readerBoot%';

/** The account's settings, or null (a guest, none saved yet, or the API away: this browser's apply). */
async function accountSettings(event: RequestEvent): Promise<ReaderSettings | null> {
  if (!event.locals.account) return null;
  try {
    const outcome = await callApi(event, MyReaderSettingsDocument, {});
    const mine = outcome.data?.myReaderSettings;
    return mine?.saved ? mine : null;
  } catch {
    return null;
  }
}

/**
 * Written into the page's <head> rather than fetched: a separate script file was a request the
 * browser had to finish before painting anything, a whole round trip on a slow library line.
 */
export async function withReaderBoot(event: RequestEvent, html: string): Promise<string> {
  if (!html.includes(READER_BOOT_PLACEHOLDER)) return html;
  const code = bootScript(await accountSettings(event));
  return html.replace(READER_BOOT_PLACEHOLDER, () => code);
}
