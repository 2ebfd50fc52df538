import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { ApiUnavailableError, DEFAULT_API_URL, request } from '$lib/graphql/client';
import type { TypedDocumentString } from '$lib/graphql/generated/graphql';

/** Runs an operation for a load function; an unreachable API becomes a localized 503 page. */
export async function queryApi<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  fetchFn: typeof fetch,
): Promise<TResult> {
  try {
    return await request(document, variables, fetchFn, env.API_URL || DEFAULT_API_URL);
  } catch (cause) {
    if (cause instanceof ApiUnavailableError) {
      error(503, { message: 'API unavailable', code: 'API_UNAVAILABLE' });
    }
    throw cause;
  }
}
