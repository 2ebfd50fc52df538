import { env } from '$env/dynamic/private';
import { DEFAULT_API_URL, request } from '$lib/graphql/client';
import type { TypedDocumentString } from '$lib/graphql/generated/graphql';

/**
 * Runs an operation on the API as the learner: their cookies (the session, once accounts exist)
 * go along, since the API lives on another origin than this site.
 */
export function requestAsLearner<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  fetchFn: typeof fetch,
  cookie: string | null,
): Promise<TResult> {
  const withCookie: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookie) headers.set('cookie', cookie);
    return fetchFn(input, { ...init, headers });
  };
  return request(document, variables, withCookie, env.API_URL || DEFAULT_API_URL);
}
