import type { RequestEvent } from '@sveltejs/kit';
import { savedReaderSettings } from './account.server';
import { bootScript } from './settings';

/** Where app.html takes the boot script, inside a <script> that carries the page's CSP nonce. */
export const READER_BOOT_PLACEHOLDER = '%punte.readerBoot%';

/**
 * Written into the page's <head> rather than fetched: a separate script file was a request the
 * browser had to finish before painting anything, a whole round trip on a slow library line.
 */
export async function withReaderBoot(event: RequestEvent, html: string): Promise<string> {
  if (!html.includes(READER_BOOT_PLACEHOLDER)) return html;
  const code = bootScript(await savedReaderSettings(event));
  return html.replace(READER_BOOT_PLACEHOLDER, () => code);
}
