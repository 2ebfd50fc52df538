import { ADDRESS_POLICY, PASSWORD_POLICY, PIN_POLICY } from './throttle-policy';

describe('throttle policies', () => {
  it('locks a PIN for 15 minutes from the 5th failure on', () => {
    expect([1, 2, 3, 4].map(PIN_POLICY.lockSecondsAfter)).toEqual([0, 0, 0, 0]);
    expect(PIN_POLICY.lockSecondsAfter(5)).toBe(900);
    expect(PIN_POLICY.lockSecondsAfter(9)).toBe(900);
  });

  it('delays passwords more after each failure, bounded by 15 minutes', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 20].map(PASSWORD_POLICY.lockSecondsAfter);
    expect(delays).toEqual([0, 0, 0, 2, 4, 8, 16, 900]);
  });

  it('lets a room of honest mistakes through but stops one address guessing widely', () => {
    expect(ADDRESS_POLICY.lockSecondsAfter(30)).toBe(0);
    expect(ADDRESS_POLICY.lockSecondsAfter(60)).toBe(900);
  });
});
