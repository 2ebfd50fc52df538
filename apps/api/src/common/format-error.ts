import { type GraphQLFormattedError } from 'graphql';

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'UNAUTHENTICATED',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
]);

/** Clients see the message of errors meant for them; anything else is a generic internal error. */
export function formatGraphQLError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (CLIENT_CODES.has(code)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      // reason and retryAfterSeconds let the web app explain a refusal in the reader's language.
      extensions: {
        code,
        ...(formatted.extensions?.reason ? { reason: formatted.extensions.reason } : {}),
        ...(formatted.extensions?.retryAfterSeconds
          ? { retryAfterSeconds: formatted.extensions.retryAfterSeconds }
          : {}),
        // Each refused field of a form (InvalidFieldsError), so the form marks them one by one.
        ...(formatted.extensions?.fields ? { fields: formatted.extensions.fields } : {}),
      },
    };
  }
  return { message: 'internal error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
