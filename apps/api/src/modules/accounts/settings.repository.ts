import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model } from 'mongoose';
import { SettingRecord } from './setting.schema';

/** The only code that touches the install-wide settings' mongoose model. */
@Injectable()
export class SettingsRepository {
  constructor(@InjectModel(SettingRecord.name) private readonly settings: Model<SettingRecord>) {}

  async exists(name: string): Promise<boolean> {
    return (await this.settings.exists({ _id: name })) !== null;
  }

  async value(name: string): Promise<unknown> {
    return (await this.settings.findById(name).lean())?.value;
  }

  async put(name: string, value: unknown): Promise<void> {
    await this.settings.updateOne({ _id: name }, { $set: { value } }, { upsert: true });
  }

  /** Inserts a setting once: a second claim of the same name rejects with a duplicate-key error. */
  async claim(name: string, value: string): Promise<void> {
    await this.settings.create({ _id: name, value });
  }

  /** Removes the setting only while it still holds `value` (undoing one's own claim). */
  async release(name: string, value: string): Promise<void> {
    await this.settings.deleteOne({ _id: name, value });
  }
}
