import { createParamDecorator, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../../config/config.token';
import { type AppConfig } from '../../config/env';
import { clientAddress } from '../security/client-address';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { type StartedSession } from './sessions.service';

/** The GraphQL context the app module builds: Fastify's request and reply. */
export interface HttpContext {
  req: FastifyRequest;
  reply?: FastifyReply;
}

export const Http = createParamDecorator((_data: unknown, context: ExecutionContext): HttpContext =>
  GqlExecutionContext.create(context).getContext<HttpContext>(),
);

export const ipOf = (http: HttpContext) => clientAddress(http.req);

/** Sets and clears the session cookie with the install's settings (Secure in production). */
@Injectable()
export class SessionCookies {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  set(http: HttpContext, session: StartedSession): void {
    setSessionCookie(http.reply, session.token, session.maxAgeSeconds, { secure: this.secure });
  }

  clear(http: HttpContext): void {
    clearSessionCookie(http.reply, { secure: this.secure });
  }

  private get secure(): boolean {
    return this.config.env === 'production';
  }
}
