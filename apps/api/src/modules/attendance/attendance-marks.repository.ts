import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { AttendanceMarkRecord } from './attendance-mark.schema';

/** The only code that touches the attendance_marks collection. */
@Injectable()
export class AttendanceMarksRepository {
  constructor(@InjectModel(AttendanceMarkRecord.name) private readonly marks: Model<AttendanceMarkRecord>) {}

  list(groupId: string): Promise<AttendanceMarkRecord[]> {
    return this.marks.find({ groupId }).lean<AttendanceMarkRecord[]>().exec();
  }

  /** One write for a whole session: the trainer ticks ten names and saves once. */
  async save(marks: readonly AttendanceMarkRecord[]): Promise<void> {
    if (!marks.length) return;
    await this.marks.bulkWrite(
      marks.map((mark) => ({
        updateOne: {
          filter: { groupId: mark.groupId, sessionDate: mark.sessionDate, learnerId: mark.learnerId },
          update: { $set: { present: mark.present, markedBy: mark.markedBy, markedAt: mark.markedAt } },
          upsert: true,
        },
      })),
    );
  }

  async datesWithMarks(groupId: string): Promise<string[]> {
    return (await this.marks.distinct('sessionDate', { groupId }).exec()) as string[];
  }
}
