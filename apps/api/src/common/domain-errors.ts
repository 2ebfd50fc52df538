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
