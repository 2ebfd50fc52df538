import { type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { Public, RequireRoles, SignedIn } from './access.decorators';
import { Role } from './role';
import { type Viewer } from './viewer';
import { ViewerSource } from './viewer-source';

class Handlers {
  @Public('the test says so')
  open(): void {}
  @SignedIn()
  mine(): void {}
  @RequireRoles(Role.trainer, Role.admin)
  staff(): void {}
  unmarked(): void {}
}

/** An HTTP execution context for one of the handlers above, with a request object to inspect. */
function contextFor(handler: keyof Handlers, request: Record<string, unknown> = {}): ExecutionContext {
  return {
    getType: () => 'http',
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

function guardSeeing(viewer: Viewer | null): AccessGuard {
  const source = new ViewerSource();
  source.viewerOf = async () => viewer;
  return new AccessGuard(new Reflector(), source);
}

const learner: Viewer = { userId: 'u1', roles: [Role.learner], sessionId: 's1' };

describe('the access guard', () => {
  it('lets anyone call a public handler and still tells it who is asking', async () => {
    const request: Record<string, unknown> = {};
    await expect(guardSeeing(learner).canActivate(contextFor('open', request))).resolves.toBe(true);
    expect(request.viewer).toEqual(learner);
    await expect(guardSeeing(null).canActivate(contextFor('open'))).resolves.toBe(true);
  });

  it('answers UNAUTHENTICATED when nobody is signed in', async () => {
    await expect(guardSeeing(null).canActivate(contextFor('mine'))).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(guardSeeing(null).canActivate(contextFor('staff'))).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('answers FORBIDDEN when the signed-in person lacks every required role', async () => {
    await expect(guardSeeing(learner).canActivate(contextFor('staff'))).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    const trainer = { ...learner, roles: [Role.learner, Role.trainer] };
    await expect(guardSeeing(trainer).canActivate(contextFor('staff'))).resolves.toBe(true);
    await expect(guardSeeing(learner).canActivate(contextFor('mine'))).resolves.toBe(true);
  });

  it('refuses a handler that states no access rule, even to an administrator', async () => {
    const admin = { ...learner, roles: [Role.admin] };
    await expect(guardSeeing(admin).canActivate(contextFor('unmarked'))).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
