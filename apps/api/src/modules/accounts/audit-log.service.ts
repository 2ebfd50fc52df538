import { Injectable } from '@nestjs/common';
import { AuditEntry } from '../audit/audit.model';
import { AuditService } from '../audit/audit.service';
import { RefusedInputError } from '../security/auth-errors';
import { PeopleService } from './people.service';

/** The security log as admins read it: newest first, with people's names instead of ids. */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly audit: AuditService,
    private readonly people: PeopleService,
  ) {}

  async read(limit: number, before?: Date | null): Promise<AuditEntry[]> {
    // A DateTime argument that is not a date (an object, a long string) arrives as an Invalid Date.
    if (before && Number.isNaN(before.getTime()))
      throw new RefusedInputError(
        'INPUT_INVALID',
        'before: expected a date and time such as 2026-05-01T10:00:00Z',
      );
    const records = await this.audit.recent(limit, before ?? undefined);
    const ids = records.flatMap((r) => [r.actorId, r.subjectId]).filter((id): id is string => Boolean(id));
    const names = await this.people.namesOf([...new Set(ids)]);
    return records.map((r) => ({
      id: String(r._id),
      at: r.at,
      event: r.event,
      actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
      subjectName: r.subjectId ? (names.get(r.subjectId) ?? null) : null,
      ip: r.ip,
      detail: Object.entries(r.detail ?? {})
        .map(([k, v]) => `${k}: ${v}`)
        .join(', '),
    }));
  }
}
