import { Injectable } from '@nestjs/common';
import { RateLimitedError } from '../../common/domain-errors';
import { type ThrottlePolicy } from './throttle-policy';
import { ThrottlesRepository } from './throttles.repository';

export interface ThrottleKey {
  key: string;
  policy: ThrottlePolicy;
}

export interface FailureOutcome {
  /** Seconds the key is now locked for; 0 when it is not. */
  lockedForSeconds: number;
  failures: number;
}

/** Counts failures per key atomically in MongoDB and refuses locked keys before any check runs. */
@Injectable()
export class ThrottleService {
  constructor(private readonly throttles: ThrottlesRepository) {}

  /** Throws RATE_LIMITED with the longest remaining wait when any key is locked. */
  async assertOpen(keys: readonly ThrottleKey[], message: string): Promise<void> {
    const now = new Date();
    const locked = await this.throttles.findLocked(
      keys.map((k) => k.key),
      now,
    );
    if (locked.length === 0) return;
    const until = Math.max(...locked.map((record) => record.lockedUntil!.getTime()));
    throw new RateLimitedError(message, Math.ceil((until - now.getTime()) / 1000));
  }

  async recordFailure({ key, policy }: ThrottleKey): Promise<FailureOutcome> {
    const now = new Date();
    const counted = await this.countFailure(key, policy, now);
    const lockSeconds = policy.lockSecondsAfter(counted.failures);
    if (lockSeconds > 0) {
      await this.throttles.lock(key, new Date(now.getTime() + lockSeconds * 1000));
    }
    return { lockedForSeconds: lockSeconds, failures: counted.failures };
  }

  /** Success or a trainer's unlock forgets the key's failures. */
  async clear(key: string): Promise<void> {
    await this.throttles.forget(key);
  }

  async lockedUntil(keys: readonly string[]): Promise<Map<string, Date>> {
    const records = await this.throttles.findLocked(keys, new Date());
    return new Map(records.map((record) => [record.key, record.lockedUntil!]));
  }

  private async countFailure(key: string, policy: ThrottlePolicy, now: Date): Promise<{ failures: number }> {
    const inWindow = await this.throttles.countIntoOpenWindow(key, now);
    if (inWindow) return inWindow;
    // The window ended (or never began): start a new one.
    const started = await this.throttles.startWindow(
      key,
      now,
      new Date(now.getTime() + policy.windowSeconds * 1000),
    );
    // Another instance started the window at the same moment: count into it.
    return started ?? this.countFailure(key, policy, now);
  }
}
