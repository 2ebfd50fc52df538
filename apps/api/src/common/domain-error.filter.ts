import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from './domain-errors';

/**
 * A domain error is an answer for the client (bad input, forbidden), not a server fault: it goes
 * to the GraphQL response as is, without Nest logging it as an unhandled exception.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
