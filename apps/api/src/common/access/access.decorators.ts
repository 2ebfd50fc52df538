import { SetMetadata } from '@nestjs/common';
import { type Role } from './role';

export const ACCESS_RULE = 'punte:access';

/** Who may call a resolver or route; the access guard refuses anything without a rule. */
export type AccessRule =
  { kind: 'public'; reason: string } | { kind: 'signed-in' } | { kind: 'roles'; roles: readonly Role[] };

/** Anyone may call it, signed in or not; the reason is kept so a review can read why. */
export const Public = (reason: string) => SetMetadata(ACCESS_RULE, { kind: 'public', reason } as AccessRule);

/** Any signed-in person; the service still limits what they see to their own data. */
export const SignedIn = () => SetMetadata(ACCESS_RULE, { kind: 'signed-in' } as AccessRule);

/** A signed-in person holding at least one of these roles. */
export const RequireRoles = (...roles: Role[]) =>
  SetMetadata(ACCESS_RULE, { kind: 'roles', roles } as AccessRule);
