import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { ReaderSettingsRecord } from './reader-settings.schema';

export type StoredReaderSettings = Omit<ReaderSettingsRecord, 'userId'>;

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
}
