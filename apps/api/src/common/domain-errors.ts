import { GraphQLError } from 'graphql';

/** Domain errors carry the GraphQL code the client sees in `extensions.code`. */
export class DomainError extends GraphQLError {
  constructor(message: string, code: string) {
    super(message, { extensions: { code } });
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string) {
    super(message, 'BAD_USER_INPUT');
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'you are not allowed to do this') {
    super(message, 'FORBIDDEN');
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'please sign in first') {
    super(message, 'UNAUTHENTICATED');
  }
}

export class NotFoundError extends DomainError {
  constructor(message = 'not found') {
    super(message, 'NOT_FOUND');
  }
}

/** `retryAfterSeconds` lets the client say, in the learner's language, when to try again. */
export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, 'RATE_LIMITED');
    this.extensions.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The HTTP status a plain route answers with for each domain code. */
export const HTTP_STATUS_OF_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
};
