import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model } from 'mongoose';
import { PresenceRecord } from './presence.schema';

const DUPLICATE_KEY = 11000;

export type StoredPresence = Pick<PresenceRecord, 'learnerId' | 'pendingEvents' | 'lessonOpen' | 'contactAt'>;
export type PresenceFields = Omit<PresenceRecord, 'learnerId'>;

/** The only code that touches the learner_presence collection. */
@Injectable()
export class PresenceRepository {
  constructor(@InjectModel(PresenceRecord.name) private readonly presence: Model<PresenceRecord>) {}

  /**
   * Overwrites the learner's report unless the last one arrived after `acceptedBefore` (the rate
   * limit, kept in the document itself so every API instance enforces the same). False when refused.
   */
  async report(learnerId: string, fields: PresenceFields, acceptedBefore: Date): Promise<boolean> {
    try {
      const result = await this.presence
        .updateOne(
          { learnerId, contactAt: { $lte: acceptedBefore } },
          { $set: { learnerId, ...fields } },
          { upsert: true },
        )
        .exec();
      return result.modifiedCount + result.upsertedCount > 0;
    } catch (error) {
      // The document exists with a newer report: the upsert's insert collides with it.
      if ((error as { code?: number }).code === DUPLICATE_KEY) return false;
      throw error;
    }
  }

  /** The reports of these learners, by learner id: one indexed read per poll. */
  async of(learnerIds: readonly string[]): Promise<Map<string, StoredPresence>> {
    if (!learnerIds.length) return new Map();
    const records = await this.presence
      .find(
        { learnerId: { $in: learnerIds } },
        { _id: 0, learnerId: 1, pendingEvents: 1, lessonOpen: 1, contactAt: 1 },
      )
      .lean<StoredPresence[]>()
      .exec();
    return new Map(records.map((r) => [r.learnerId, r]));
  }
}
