import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '../domain-errors';
import { ACCESS_RULE, type AccessRule } from './access.decorators';
import { requestOf } from './viewer';
import { ViewerSource } from './viewer-source';

/**
 * Deny by default: a handler without an access rule is refused. UNAUTHENTICATED when nobody is
 * signed in, FORBIDDEN when the signed-in person lacks the role.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly viewers: ViewerSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = requestOf(context);
    // Public handlers still learn who is asking, so they can show a signed-in person's own data.
    request.viewer = await this.viewers.viewerOf(request);
    if (rule?.kind === 'public') return true;
    if (!rule) throw new ForbiddenError('this operation has no access rule');
    if (!request.viewer) throw new UnauthenticatedError();
    if (rule.kind === 'roles' && !rule.roles.some((role) => request.viewer!.roles.includes(role))) {
      throw new ForbiddenError();
    }
    return true;
  }
}
