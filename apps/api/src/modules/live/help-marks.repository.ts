import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { HelpMarkRecord } from './help-mark.schema';

/** The only code that touches the live_help_marks collection. */
@Injectable()
export class HelpMarksRepository {
  constructor(@InjectModel(HelpMarkRecord.name) private readonly marks: Model<HelpMarkRecord>) {}

  async helpedAt(groupId: string): Promise<Map<string, Date>> {
    const marks = await this.marks
      .find({ groupId }, { learnerId: 1, helpedAt: 1, _id: 0 })
      .lean<Pick<HelpMarkRecord, 'learnerId' | 'helpedAt'>[]>()
      .exec();
    return new Map(marks.map((m) => [m.learnerId, m.helpedAt]));
  }

  async markHelped(groupId: string, learnerId: string, helpedBy: string, at: Date): Promise<void> {
    await this.marks
      .updateOne({ groupId, learnerId }, { $set: { helpedAt: at, helpedBy } }, { upsert: true })
      .exec();
  }
}
