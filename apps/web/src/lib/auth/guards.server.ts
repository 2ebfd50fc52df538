import { redirect } from '@sveltejs/kit';
import type { Role } from '$lib/graphql/generated/graphql';

interface Signed {
  locals: App.Locals;
  url: URL;
}

/** Sends anonymous visitors to sign in, then back to where they were going. */
export function requireAccount({ locals, url }: Signed): NonNullable<App.Locals['account']> {
  if (!locals.account) redirect(303, `/sign-in?next=${encodeURIComponent(url.pathname)}`);
  return locals.account;
}

/** Someone without the role is sent to their own account page: nothing of the page is shown. */
export function requireRole(event: Signed, role: Role): NonNullable<App.Locals['account']> {
  const account = requireAccount(event);
  if (!account.roles.includes(role)) redirect(303, '/account');
  return account;
}

/** Only local paths: a `next` that points elsewhere is ignored (no open redirect). */
export function safeNext(next: string | null, fallback = '/'): string {
  return next && /^\/(?![/\\])/.test(next) ? next : fallback;
}
