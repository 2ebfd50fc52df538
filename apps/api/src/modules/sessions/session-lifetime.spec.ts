import { Role } from '../../common/access';
import { idleSecondsFor } from './session-lifetime';

describe('session idle expiry', () => {
  it('is 2 hours for learners, even when they ask to stay signed in', () => {
    expect(idleSecondsFor([Role.learner], false)).toBe(7200);
    expect(idleSecondsFor([Role.learner], true)).toBe(7200);
  });

  it('is 12 hours for staff, 30 days when they ask to stay signed in', () => {
    expect(idleSecondsFor([Role.trainer], false)).toBe(12 * 3600);
    expect(idleSecondsFor([Role.learner, Role.admin], true)).toBe(30 * 24 * 3600);
  });
});
