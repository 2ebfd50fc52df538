import { Injectable } from '@nestjs/common';
import { BadUserInputError } from '../../common/domain-errors';
import { GroupSessionsService } from '../schedules/group-sessions.service';
import { AttendanceMarksRepository } from './attendance-marks.repository';
import { type AttendanceEntry, deriveAttendance, type LearnerActivity } from './derive-attendance';

type DeriveArgs = Parameters<typeof deriveAttendance>;
export interface AttendanceInputs {
  sessions: DeriveArgs[0];
  marks: DeriveArgs[3];
}

/** The sheet from its stored inputs and the learners' activity: pure. */
export function sheetOf(
  inputs: AttendanceInputs,
  learnerIds: readonly string[],
  activity: readonly LearnerActivity[],
  now: Date,
): AttendanceEntry[] {
  return deriveAttendance(inputs.sessions, learnerIds, activity, inputs.marks, { now });
}

export interface SessionMark {
  learnerId: string;
  present: boolean;
}

@Injectable()
export class AttendanceService {
  constructor(
    private readonly marks: AttendanceMarksRepository,
    private readonly sessions: GroupSessionsService,
  ) {}

  /** Every session of the group with every learner's status, activity-derived unless the trainer said. */
  async sheet(
    groupId: string,
    learnerIds: readonly string[],
    activity: readonly LearnerActivity[],
    now: Date,
  ): Promise<AttendanceEntry[]> {
    return sheetOf(await this.inputs(groupId), learnerIds, activity, now);
  }

  /** The sheet's stored part (sessions, trainer's marks): read alongside the activity it is derived with. */
  async inputs(groupId: string): Promise<AttendanceInputs> {
    const [sessions, marks] = await Promise.all([this.sessions.list(groupId), this.marks.list(groupId)]);
    return {
      sessions: sessions.map((s) => ({ id: s.date, startsAt: s.startsAt, endsAt: s.endsAt })),
      marks: marks.map((m) => ({ sessionId: m.sessionDate, learnerId: m.learnerId, present: m.present })),
    };
  }

  /** Records the trainer's marks for one session of the group; only members of the group can be marked. */
  async mark(
    groupId: string,
    sessionDate: string,
    marks: readonly SessionMark[],
    members: readonly string[],
    trainerId: string,
    now: Date,
  ): Promise<void> {
    const sessions = await this.sessions.list(groupId);
    if (!sessions.some((s) => s.date === sessionDate)) {
      throw new BadUserInputError(`sessionDate: the group has no session on ${sessionDate}`);
    }
    const outsiders = marks.filter((m) => !members.includes(m.learnerId));
    if (outsiders.length) throw new BadUserInputError('learnerId: only members of the group can be marked');
    await this.marks.save(
      marks.map((m) => ({
        groupId,
        sessionDate,
        learnerId: m.learnerId,
        present: m.present,
        markedBy: trainerId,
        markedAt: now,
      })),
    );
  }

  datesWithMarks(groupId: string): Promise<string[]> {
    return this.marks.datesWithMarks(groupId);
  }
}
