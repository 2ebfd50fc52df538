import { Role } from '../../common/access';

const HOUR = 3600;

/**
 * Idle expiry: learners on shared library computers 2 h, staff 12 h, and 30 days only when a staff
 * member asks to be kept signed in.
 */
export function idleSecondsFor(roles: readonly Role[], keepSignedIn: boolean): number {
  const staff = roles.includes(Role.trainer) || roles.includes(Role.admin);
  if (!staff) return 2 * HOUR;
  return keepSignedIn ? 30 * 24 * HOUR : 12 * HOUR;
}

/** A session's expiry moves on with use, but at most once a minute, so reads stay reads. */
export const SLIDE_AFTER_SECONDS = 60;
