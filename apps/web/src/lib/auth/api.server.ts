import { error, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { DEFAULT_API_URL } from '$lib/graphql/client';
import type { TypedDocumentString } from '$lib/graphql/generated/graphql';
import type { AuthProblem } from './problem';
import { parseSessionSetCookie, SESSION_COOKIE } from './session';

export type ApiOutcome<T> = { data: T; problem: null } | { data: null; problem: AuthProblem };

export interface Reply<T, TExtensions> {
  data?: T | null;
  errors?: { extensions?: TExtensions }[];
}

type AuthExtensions = { code?: string; reason?: string; retryAfterSeconds?: number };

type AuthEvent = Pick<RequestEvent, 'cookies' | 'getClientAddress' | 'url'>;

/**
 * Runs an operation as the browser's session: its cookie goes to the API, the client's address in
 * X-Forwarded-For (so throttling counts people, not this server), and a session the API starts or
 * ends is relayed to the browser as an httpOnly cookie of this site.
 */
export async function callApi<TResult, TVariables>(
  event: AuthEvent,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<ApiOutcome<TResult>> {
  const { response, reply } = await sendAsSession<TResult, AuthExtensions, TVariables>(
    event,
    document,
    variables,
  );
  relaySession(event.cookies, response.headers.get('set-cookie'), event.url.protocol === 'https:');
  const first = reply.errors?.[0]?.extensions;
  if (first || !reply.data) {
    if (response.status >= 500 && !first) error(503, { message: 'API unavailable', code: 'API_UNAVAILABLE' });
    return {
      data: null,
      problem: {
        code: first?.code ?? 'UNKNOWN',
        reason: first?.reason,
        retryAfterSeconds: first?.retryAfterSeconds,
      },
    };
  }
  return { data: reply.data, problem: null };
}

/**
 * Posts an operation with the browser's session cookie and the client's address; an unreachable
 * API is a 503 page. The reply is left to the caller (sign-in forms and trainer pages read it apart).
 */
export async function sendAsSession<TResult, TExtensions, TVariables = unknown>(
  event: Pick<RequestEvent, 'cookies' | 'getClientAddress'>,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<{ response: Response; reply: Reply<TResult, TExtensions> }> {
  const token = event.cookies.get(SESSION_COOKIE);
  let response: Response;
  try {
    response = await fetch(env.API_URL || DEFAULT_API_URL, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': event.getClientAddress(),
        ...(token ? { cookie: `${SESSION_COOKIE}=${encodeURIComponent(token)}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    error(503, { message: 'API unavailable', code: 'API_UNAVAILABLE' });
  }
  const reply = (await response.json().catch(() => ({}))) as Reply<TResult, TExtensions>;
  return { response, reply };
}

function relaySession(cookies: Cookies, setCookie: string | null, secure: boolean): void {
  const session = parseSessionSetCookie(setCookie);
  if (!session) return;
  if (session.maxAge <= 0 || !session.token) {
    cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
    return;
  }
  cookies.set(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: session.maxAge,
  });
}
