import { isPrivatePath } from './session';

/**
 * Headers every page gets (the Content-Security-Policy comes from kit.csp in svelte.config.js).
 * Private pages, and every page seen while signed in, are never stored: after sign-out the back
 * button finds nothing of the person.
 */
export function securityHeaders(options: {
  pathname: string;
  signedIn: boolean;
  https: boolean;
}): Record<string, string> {
  const headers: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
  };
  if (options.https) headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
  if (options.signedIn || isPrivatePath(options.pathname)) headers['cache-control'] = 'no-store';
  return headers;
}
