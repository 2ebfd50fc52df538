import type { RequestHandler } from './$types';
import { callApi } from '$lib/auth/api.server';
import { MyReaderSettingsDocument } from '$lib/graphql/generated/graphql';
import { bootScript, type ReaderSettings } from '$lib/reader-settings/settings';

/** The account's settings, or null (a guest, none saved yet, or the API away: this browser's apply). */
async function accountSettings(event: Parameters<RequestHandler>[0]): Promise<ReaderSettings | null> {
  if (!event.locals.account) return null;
  try {
    const outcome = await callApi(event, MyReaderSettingsDocument, {});
    const mine = outcome.data?.myReaderSettings;
    return mine?.saved ? mine : null;
  } catch {
    return null;
  }
}

// Loaded by every page's <head> before the body is painted. It differs per person (a signed-in
// learner's settings are written into it), so the browser asks again each time ("no-cache"),
// and an unchanged script comes back as a small 304.
export const GET: RequestHandler = async (event) => {
  const code = bootScript(await accountSettings(event));
  const etag = `"${code.length.toString(36)}-${hash(code)}"`;
  const headers = {
    'content-type': 'text/javascript; charset=utf-8',
    'cache-control': 'private, no-cache',
    etag,
    vary: 'cookie',
  };
  if (event.request.headers.get('if-none-match') === etag)
    return new Response(null, { status: 304, headers });
  return new Response(code, { headers });
};

/** FNV-1a: a short fingerprint for the ETag, not a secret. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
