import type { RequestHandler } from './$types';
import { BOOT_SCRIPT_CODE } from '$lib/reader-settings/settings';

// An inline script would need the page's CSP nonce; a same-origin file is allowed by 'self'.
export const GET: RequestHandler = () =>
  new Response(BOOT_SCRIPT_CODE, {
    headers: {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=3600',
    },
  });
