import type { TypedDocumentString } from './generated/graphql';

/** The API could not be reached at all: the learner should wait and retry. */
export class ApiUnavailableError extends Error {
  override readonly name = 'ApiUnavailableError';
}

/** The API answered, but with GraphQL errors or a non-JSON/non-2xx reply. */
export class ApiResponseError extends Error {
  override readonly name = 'ApiResponseError';
  constructor(
    message: string,
    readonly status: number,
    readonly codes: readonly string[],
  ) {
    super(message);
  }
}

interface GraphQLReply<TResult> {
  data?: TResult | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export const DEFAULT_API_URL = 'http://127.0.0.1:4000/graphql';

/** POSTs one typed operation; `fetchFn` is SvelteKit's `fetch` in load functions. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  fetchFn: typeof fetch,
  endpoint: string = DEFAULT_API_URL,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetchFn(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch (cause) {
    throw new ApiUnavailableError(`API unreachable at ${endpoint}`, { cause });
  }
  let reply: GraphQLReply<TResult>;
  try {
    reply = (await response.json()) as GraphQLReply<TResult>;
  } catch {
    // Proxies answer 502/503 with HTML when the API is down.
    if (response.status >= 500) throw new ApiUnavailableError(`API answered ${response.status}`);
    throw new ApiResponseError(`API answered ${response.status} without JSON`, response.status, []);
  }
  if (reply.errors?.length || reply.data == null) {
    const errors = reply.errors ?? [];
    throw new ApiResponseError(
      errors.map((e) => e.message).join('; ') || 'API answered without data',
      response.status,
      errors.map((e) => e.extensions?.code ?? 'UNKNOWN'),
    );
  }
  return reply.data;
}
