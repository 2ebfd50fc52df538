import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { ReportRowsRecord } from './report-cache.schema';
import { type CachedReportRow } from './report-rows';

/** The only code that touches the report_rows collection. */
@Injectable()
export class ReportRowsRepository {
  constructor(@InjectModel(ReportRowsRecord.name) private readonly rows: Model<ReportRowsRecord>) {}

  async get(groupId: string): Promise<CachedReportRow[]> {
    const record = await this.rows.findOne({ groupId }, { rows: 1 }).lean<ReportRowsRecord>().exec();
    return record?.rows ?? [];
  }

  /** Two instances computing at once write the same rows: the last write is as good as the first. */
  async put(groupId: string, rows: readonly CachedReportRow[]): Promise<void> {
    await this.rows.updateOne({ groupId }, { $set: { rows } }, { upsert: true }).exec();
  }
}
