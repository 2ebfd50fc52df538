import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type Role } from './role';

/** The signed-in person making a request, as the session says. */
export interface Viewer {
  userId: string;
  roles: readonly Role[];
  sessionId: string;
}

/** The request of an HTTP route or a GraphQL operation, whichever this is. */
export function requestOf(context: ExecutionContext): { viewer?: Viewer | null; [key: string]: unknown } {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: { viewer?: Viewer | null } }>().req;
  }
  return context.switchToHttp().getRequest();
}

/** The viewer the access guard found; null on public handlers when nobody is signed in. */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer | null => requestOf(context).viewer ?? null,
);
