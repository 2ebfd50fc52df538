import { type ArgumentsHost, Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { type FastifyReply } from 'fastify';
import { DomainError, HTTP_STATUS_OF_CODE } from './domain-errors';

/**
 * A domain error is an answer for the client (bad input, forbidden), not a server fault. GraphQL
 * gets it as is, without Nest logging it as unhandled; a plain HTTP route answers with the matching
 * status and a JSON body, so a refused REST route never hangs.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): DomainError | undefined {
    if (host.getType<string>() !== 'http') return error;
    const code = String(error.extensions.code);
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    void reply
      .status(HTTP_STATUS_OF_CODE[code] ?? 500)
      .header('content-type', 'application/json; charset=utf-8')
      .send({ error: { code, message: error.message } });
    return undefined;
  }
}
