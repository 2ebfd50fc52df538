import { env } from '$env/dynamic/private';
import { DEFAULT_API_URL, request } from '$lib/graphql/client';
import type { TypedDocumentString } from '$lib/graphql/generated/graphql';

/**
 * Runs an operation on the API as the learner: their cookies (the session, once accounts exist)
 * go along, since the API lives on another origin than this site, and their address (the API
 * limits guests' batches per address, not per this server).
 */
export function requestAsLearner<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  fetchFn: typeof fetch,
  cookie: string | null,
  clientAddress?: string,
): Promise<TResult> {
  const withCookie: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookie) headers.set('cookie', cookie);
    if (clientAddress) headers.set('x-forwarded-for', clientAddress);
    return fetchFn(input, { ...init, headers });
  };
  return request(document, variables, withCookie, env.API_URL || DEFAULT_API_URL);
}
