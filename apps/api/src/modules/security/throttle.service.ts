import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model } from 'mongoose';
import { RateLimitedError } from '../../common/domain-errors';
import { type ThrottlePolicy } from './throttle-policy';
import { ThrottleRecord } from './throttle.schema';

export interface ThrottleKey {
  key: string;
  policy: ThrottlePolicy;
}

export interface FailureOutcome {
  /** Seconds the key is now locked for; 0 when it is not. */
  lockedForSeconds: number;
  failures: number;
}

const DUPLICATE_KEY = 11000;

/** Counts failures per key atomically in MongoDB and refuses locked keys before any check runs. */
@Injectable()
export class ThrottleService {
  constructor(@InjectModel(ThrottleRecord.name) private readonly throttles: Model<ThrottleRecord>) {}

  /** Throws RATE_LIMITED with the longest remaining wait when any key is locked. */
  async assertOpen(keys: readonly ThrottleKey[], message: string): Promise<void> {
    const now = new Date();
    const locked = await this.throttles
      .find({ key: { $in: keys.map((k) => k.key) }, lockedUntil: { $gt: now } }, { lockedUntil: 1 })
      .lean();
    if (locked.length === 0) return;
    const until = Math.max(...locked.map((record) => record.lockedUntil!.getTime()));
    throw new RateLimitedError(message, Math.ceil((until - now.getTime()) / 1000));
  }

  async recordFailure({ key, policy }: ThrottleKey): Promise<FailureOutcome> {
    const now = new Date();
    const counted = await this.countFailure(key, policy, now);
    const lockSeconds = policy.lockSecondsAfter(counted.failures);
    if (lockSeconds > 0) {
      await this.throttles.updateOne(
        { key },
        { $set: { lockedUntil: new Date(now.getTime() + lockSeconds * 1000) } },
      );
    }
    return { lockedForSeconds: lockSeconds, failures: counted.failures };
  }

  /** Success or a trainer's unlock forgets the key's failures. */
  async clear(key: string): Promise<void> {
    await this.throttles.deleteOne({ key });
  }

  async lockedUntil(keys: readonly string[]): Promise<Map<string, Date>> {
    const records = await this.throttles
      .find({ key: { $in: keys }, lockedUntil: { $gt: new Date() } }, { key: 1, lockedUntil: 1 })
      .lean();
    return new Map(records.map((record) => [record.key, record.lockedUntil!]));
  }

  private async countFailure(key: string, policy: ThrottlePolicy, now: Date): Promise<{ failures: number }> {
    const inWindow = await this.throttles
      .findOneAndUpdate({ key, windowEndsAt: { $gt: now } }, { $inc: { failures: 1 } }, { new: true })
      .lean();
    if (inWindow) return inWindow;
    const fresh = { failures: 1, windowEndsAt: new Date(now.getTime() + policy.windowSeconds * 1000) };
    try {
      // The window ended (or never began): start a new one. Only an ended window is replaced.
      const started = await this.throttles
        .findOneAndUpdate(
          { key, windowEndsAt: { $lte: now } },
          { $set: { ...fresh, lockedUntil: null } },
          { new: true, upsert: true },
        )
        .lean();
      return started!;
    } catch (error) {
      // Another instance started the window at the same moment: count into it.
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
      return this.countFailure(key, policy, now);
    }
  }
}
