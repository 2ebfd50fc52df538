/** How long a key is locked after its n-th failure in the window, in seconds (0: not locked). */
export interface ThrottlePolicy {
  name: string;
  windowSeconds: number;
  lockSecondsAfter(failures: number): number;
}

const MINUTE = 60;

/** NIST SP 800-63B 5.2.2: 5 wrong PINs lock the learner for 15 minutes (or until the trainer unlocks). */
export const PIN_POLICY: ThrottlePolicy = {
  name: 'pin',
  windowSeconds: 60 * MINUTE,
  lockSecondsAfter: (failures) => (failures >= 5 ? 15 * MINUTE : 0),
};

/** Wrong passwords meet doubling delays from the 4th try on, never more than 15 minutes. */
export const PASSWORD_POLICY: ThrottlePolicy = {
  name: 'password',
  windowSeconds: 60 * MINUTE,
  lockSecondsAfter: (failures) => (failures < 4 ? 0 : Math.min(2 ** (failures - 3), 15 * MINUTE)),
};

/**
 * One address guessing across many accounts. A library room shares one address, so the bar is high
 * enough for a group of ten making honest mistakes.
 */
export const ADDRESS_POLICY: ThrottlePolicy = {
  name: 'address',
  windowSeconds: 15 * MINUTE,
  lockSecondsAfter: (failures) => (failures >= 60 ? 15 * MINUTE : 0),
};
