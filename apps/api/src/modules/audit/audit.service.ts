import { Injectable } from '@nestjs/common';
import { type AuditEvent } from './audit-event';
import { AuditRepository } from './audit.repository';
import { type AuditRecord } from './audit.schema';

export interface AuditFacts {
  actorId?: string | null;
  subjectId?: string | null;
  ip?: string | null;
  detail?: Record<string, string>;
}

@Injectable()
export class AuditService {
  constructor(private readonly log: AuditRepository) {}

  async record(event: AuditEvent, facts: AuditFacts = {}): Promise<void> {
    await this.log.append({
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
    return this.log.findNewest(Math.min(Math.max(limit, 1), 200), before);
  }
}
