import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model } from 'mongoose';
import { ThrottleRecord } from './throttle.schema';

const DUPLICATE_KEY = 11000;

/** The only code that touches the throttle counters' mongoose model. */
@Injectable()
export class ThrottlesRepository {
  constructor(@InjectModel(ThrottleRecord.name) private readonly throttles: Model<ThrottleRecord>) {}

  findLocked(keys: readonly string[], now: Date): Promise<Pick<ThrottleRecord, 'key' | 'lockedUntil'>[]> {
    return this.throttles
      .find({ key: { $in: keys }, lockedUntil: { $gt: now } }, { key: 1, lockedUntil: 1 })
      .lean();
  }

  /** Adds one failure to the key's window when it is still open; null when there is none. */
  countIntoOpenWindow(key: string, now: Date): Promise<ThrottleRecord | null> {
    return this.throttles
      .findOneAndUpdate(
        { key, windowEndsAt: { $gt: now } },
        { $inc: { failures: 1 } },
        { returnDocument: 'after' },
      )
      .lean();
  }

  /**
   * Starts a window with one failure, replacing only an ended one. Null when another instance
   * started a window for the key at the same moment.
   */
  async startWindow(key: string, now: Date, windowEndsAt: Date): Promise<ThrottleRecord | null> {
    try {
      return await this.throttles
        .findOneAndUpdate(
          { key, windowEndsAt: { $lte: now } },
          { $set: { failures: 1, windowEndsAt, lockedUntil: null } },
          { returnDocument: 'after', upsert: true },
        )
        .lean();
    } catch (error) {
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
      return null;
    }
  }

  async lock(key: string, until: Date): Promise<void> {
    await this.throttles.updateOne({ key }, { $set: { lockedUntil: until } });
  }

  async forget(key: string): Promise<void> {
    await this.throttles.deleteOne({ key });
  }
}
