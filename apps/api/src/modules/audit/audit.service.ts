import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model } from 'mongoose';
import { type AuditEvent } from './audit-event';
import { AuditRecord } from './audit.schema';

export interface AuditFacts {
  actorId?: string | null;
  subjectId?: string | null;
  ip?: string | null;
  detail?: Record<string, string>;
}

@Injectable()
export class AuditService {
  constructor(@InjectModel(AuditRecord.name) private readonly log: Model<AuditRecord>) {}

  async record(event: AuditEvent, facts: AuditFacts = {}): Promise<void> {
    await this.log.create({
      at: new Date(),
      event,
      actorId: facts.actorId ?? null,
      subjectId: facts.subjectId ?? null,
      ip: facts.ip ?? null,
      detail: facts.detail ?? {},
    });
  }

  /** Newest first; `before` pages back through older events. */
  async recent(limit: number, before?: Date): Promise<(AuditRecord & { _id: unknown })[]> {
    const filter = before ? { at: { $lt: before } } : {};
    return this.log
      .find(filter)
      .sort({ at: -1 })
      .limit(Math.min(Math.max(limit, 1), 200))
      .lean();
  }
}
