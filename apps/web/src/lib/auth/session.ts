/** The API's session cookie; the web app keeps it on its own origin and hands it to the API. */
export const SESSION_COOKIE = 'punte_session';

/** Paths whose pages show private data or take secrets: never cached, never framed. */
export const PRIVATE_PATHS = ['/account', '/admin', '/setup', '/sign-in', '/join'];

export function isPrivatePath(pathname: string): boolean {
  return PRIVATE_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

/** Reads `name=value; Max-Age=n` from the API's Set-Cookie; null when it is not the session cookie. */
export function parseSessionSetCookie(header: string | null): { token: string; maxAge: number } | null {
  if (!header) return null;
  const [pair, ...attributes] = header.split(';').map((part) => part.trim());
  const eq = pair.indexOf('=');
  if (pair.slice(0, eq) !== SESSION_COOKIE) return null;
  const maxAge = attributes.find((a) => /^max-age=/i.test(a));
  return { token: decodeURIComponent(pair.slice(eq + 1)), maxAge: maxAge ? Number(maxAge.split('=')[1]) : 0 };
}
