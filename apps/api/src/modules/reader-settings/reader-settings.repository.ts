import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { ReaderSettingsRecord } from './reader-settings.schema';

export type StoredReaderSettings = Omit<ReaderSettingsRecord, 'userId'>;

const DUPLICATE_KEY = 11000;
const FIELDS = { _id: 0, textSize: 1, highContrast: 1, reducedMotion: 1, wideSpacing: 1 };

/** The only code that touches the reader settings collection. */
@Injectable()
export class ReaderSettingsRepository {
  constructor(
    @InjectModel(ReaderSettingsRecord.name) private readonly settings: Model<ReaderSettingsRecord>,
  ) {}

  find(userId: string): Promise<StoredReaderSettings | null> {
    return this.settings.findOne({ userId }, FIELDS).lean<StoredReaderSettings>().exec();
  }

  /** One document per person, replaced whole: the last device to save wins. */
  async save(userId: string, settings: StoredReaderSettings): Promise<void> {
    await this.settings.updateOne({ userId }, { $set: { userId, ...settings } }, { upsert: true }).exec();
  }

  /** Saves these only if the person has none yet, in one step; true when they were saved. */
  async saveIfNone(userId: string, settings: StoredReaderSettings): Promise<boolean> {
    try {
      const result = await this.settings
        .updateOne({ userId }, { $setOnInsert: { userId, ...settings } }, { upsert: true })
        .exec();
      return result.upsertedCount > 0;
    } catch (error) {
      // Two sign-ins at once: the other one's insert won, and the person has settings now.
      if ((error as { code?: number } | null)?.code === DUPLICATE_KEY) return false;
      throw error;
    }
  }
}
