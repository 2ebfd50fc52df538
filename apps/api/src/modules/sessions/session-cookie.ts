import { parse, serialize } from 'cookie';
import { type FastifyReply } from 'fastify';
import { SESSION_COOKIE } from './session-token';

export interface CookieOptions {
  secure: boolean;
}

/** The session token a request's Cookie header carries, if any. */
export function sessionTokenOf(cookieHeader: unknown): string | undefined {
  if (typeof cookieHeader !== 'string' || cookieHeader.length > 8192) return undefined;
  return parse(cookieHeader)[SESSION_COOKIE];
}

/** httpOnly (no script reads it), SameSite=Lax (no cross-site POST carries it), Secure in production. */
export function setSessionCookie(
  reply: FastifyReply | undefined,
  token: string,
  maxAgeSeconds: number,
  { secure }: CookieOptions,
): void {
  reply?.header(
    'set-cookie',
    serialize(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure,
      maxAge: maxAgeSeconds,
    }),
  );
}

export function clearSessionCookie(reply: FastifyReply | undefined, { secure }: CookieOptions): void {
  reply?.header(
    'set-cookie',
    serialize(SESSION_COOKIE, '', { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: 0 }),
  );
}
