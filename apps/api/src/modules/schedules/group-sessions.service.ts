import { Injectable } from '@nestjs/common';
import { GroupSessionsRepository, type StoredSession } from './group-sessions.repository';
import { type Schedule, sessionsOf } from './schedule';

/** Learners arrive before the start; the session counts as "now" this long before it. */
export const SESSION_EARLY_MS = 30 * 60_000;

@Injectable()
export class GroupSessionsService {
  constructor(private readonly sessions: GroupSessionsRepository) {}

  /**
   * Makes the stored sessions match the schedule. A date that stays keeps its attendance; a date
   * dropped from the schedule on which attendance was taken (`datesWithAttendance`) is kept,
   * marked off-schedule, so nothing the trainer recorded is lost.
   */
  async plan(
    groupId: string,
    schedule: Schedule,
    datesWithAttendance: readonly string[],
  ): Promise<StoredSession[]> {
    const planned = sessionsOf(schedule);
    await this.sessions.upsertPlanned(groupId, planned);
    await this.sessions.retire(
      groupId,
      planned.map((s) => s.date),
      datesWithAttendance,
    );
    return this.sessions.list(groupId);
  }

  list(groupId: string): Promise<StoredSession[]> {
    return this.sessions.list(groupId);
  }

  current(groupId: string, now: Date): Promise<StoredSession | null> {
    return this.sessions.current(groupId, now, SESSION_EARLY_MS);
  }
}
