import { Injectable } from '@nestjs/common';
import { type Viewer } from '../../common/access';
import { BadUserInputError } from '../../common/domain-errors';
import { GroupAccessService } from '../groups/group-access.service';
import { type GroupScope } from '../reports/group-scope';
import { ReportService } from '../reports/report.service';
import { GroupSessionsService } from '../schedules/group-sessions.service';
import { AttendanceService, type SessionMark } from './attendance.service';
import { type AttendanceEntry } from './derive-attendance';
import {
  AttendanceSourceEnum,
  AttendanceStatusEnum,
  type GroupSessionModel,
} from './models/attendance.model';

/** A group has at most 50 learners; a longer list is a mistake. */
const MAX_MARKS = 100;

/** A group's sessions with who came, and the trainer's marks, as trainers and co-trainers reach them. */
@Injectable()
export class GroupAttendanceService {
  constructor(
    private readonly access: GroupAccessService,
    private readonly attendance: AttendanceService,
    private readonly sessions: GroupSessionsService,
    private readonly reports: ReportService,
  ) {}

  async sessionsOf(viewer: Viewer, groupId: string): Promise<GroupSessionModel[]> {
    const { scope } = await this.access.scope(viewer, groupId);
    return this.sheet(scope, new Date());
  }

  /**
   * One save for a whole session (ten learners ticked, saved once). Returns that session with
   * everyone's status as it now stands.
   */
  async setAttendance(
    viewer: Viewer,
    groupId: string,
    sessionDate: string,
    marks: readonly SessionMark[],
  ): Promise<GroupSessionModel> {
    if (marks.length > MAX_MARKS) throw new BadUserInputError(`marks: at most ${MAX_MARKS} in one save`);
    const { scope } = await this.access.scope(viewer, groupId);
    const now = new Date();
    const ids = scope.members.map((m) => m.learnerId);
    await this.attendance.mark(groupId, sessionDate, marks, ids, viewer.userId, now);
    return (await this.sheet(scope, now)).find((s) => s.date === sessionDate)!;
  }

  private async sheet(scope: GroupScope, now: Date): Promise<GroupSessionModel[]> {
    const ids = scope.members.map((m) => m.learnerId);
    const [sessions, activity] = await Promise.all([
      this.sessions.list(scope.groupId),
      this.reports.activity(scope, now),
    ]);
    const entries = await this.attendance.sheet(scope.groupId, ids, activity, now);
    const bySession = new Map<string, AttendanceEntry[]>();
    for (const entry of entries)
      bySession.set(entry.sessionId, [...(bySession.get(entry.sessionId) ?? []), entry]);
    return sessions.map((s) => ({
      date: s.date,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      offSchedule: s.offSchedule,
      attendance: (bySession.get(s.date) ?? []).map((e) => ({
        learnerId: e.learnerId,
        status: AttendanceStatusEnum[e.status],
        source: AttendanceSourceEnum[e.source],
      })),
    }));
  }
}
