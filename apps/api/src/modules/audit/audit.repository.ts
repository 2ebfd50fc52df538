import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model } from 'mongoose';
import { AuditRecord } from './audit.schema';

export type AuditEntry = AuditRecord;

/** The only code that touches the audit log's mongoose model. */
@Injectable()
export class AuditRepository {
  constructor(@InjectModel(AuditRecord.name) private readonly log: Model<AuditRecord>) {}

  async append(entry: AuditEntry): Promise<void> {
    await this.log.create(entry);
  }

  /** Newest first, at most `limit` events, only those before `before` when given. */
  findNewest(limit: number, before?: Date): Promise<(AuditRecord & { _id: unknown })[]> {
    const filter = before ? { at: { $lt: before } } : {};
    return this.log.find(filter).sort({ at: -1 }).limit(limit).lean();
  }
}
