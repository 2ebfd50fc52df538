import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { ReportRowRecord } from './report-cache.schema';
import { type CachedReportRow } from './report-rows';

type RowKey = Pick<CachedReportRow, 'learnerId' | 'courseSlug' | 'lessonId'>;

/** The only code that touches the report_rows collection. */
@Injectable()
export class ReportRowsRepository {
  constructor(@InjectModel(ReportRowRecord.name) private readonly rows: Model<ReportRowRecord>) {}

  async get(groupId: string): Promise<CachedReportRow[]> {
    const records = await this.rows
      .find({ groupId }, { _id: 0, row: 1 })
      .lean<Pick<ReportRowRecord, 'row'>[]>()
      .exec();
    return records.map((record) => record.row);
  }

  /**
   * Writes the recomputed rows and removes those whose document is gone. Two instances computing
   * at once write the same rows: the last write is as good as the first.
   */
  async update(
    groupId: string,
    changed: readonly CachedReportRow[],
    removed: readonly RowKey[],
  ): Promise<void> {
    const key = (row: RowKey) => ({
      groupId,
      learnerId: row.learnerId,
      courseSlug: row.courseSlug,
      lessonId: row.lessonId,
    });
    if (changed.length)
      await this.rows.bulkWrite(
        changed.map((row) => ({
          replaceOne: { filter: key(row), replacement: { ...key(row), row }, upsert: true },
        })),
        { ordered: false },
      );
    if (removed.length) await this.rows.deleteMany({ $or: removed.map(key) }).exec();
  }
}
