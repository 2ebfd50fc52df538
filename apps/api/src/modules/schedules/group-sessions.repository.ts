import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { type PlannedSession } from './schedule';
import { GroupSessionRecord } from './group-session.schema';

export type StoredSession = GroupSessionRecord & { _id: unknown };

/** The only code that touches the group_sessions collection. */
@Injectable()
export class GroupSessionsRepository {
  constructor(@InjectModel(GroupSessionRecord.name) private readonly sessions: Model<GroupSessionRecord>) {}

  list(groupId: string): Promise<StoredSession[]> {
    return this.sessions.find({ groupId }).sort({ date: 1 }).lean<StoredSession[]>().exec();
  }

  /** The session under way at `at` (or starting within `earlyMs`), if any. */
  current(groupId: string, at: Date, earlyMs: number): Promise<StoredSession | null> {
    return this.sessions
      .findOne({ groupId, startsAt: { $lte: new Date(at.getTime() + earlyMs) }, endsAt: { $gte: at } })
      .sort({ startsAt: -1 })
      .lean<StoredSession>()
      .exec();
  }

  async upsertPlanned(groupId: string, planned: readonly PlannedSession[]): Promise<void> {
    if (!planned.length) return;
    await this.sessions.bulkWrite(
      planned.map((session) => ({
        updateOne: {
          filter: { groupId, date: session.date },
          update: { $set: { startsAt: session.startsAt, endsAt: session.endsAt, offSchedule: false } },
          upsert: true,
        },
      })),
    );
  }

  /** Sessions no longer planned: `keep` dates (attendance was taken) stay marked off-schedule, the rest go. */
  async retire(groupId: string, plannedDates: readonly string[], keep: readonly string[]): Promise<void> {
    await this.sessions
      .updateMany({ groupId, date: { $nin: plannedDates, $in: keep } }, { $set: { offSchedule: true } })
      .exec();
    await this.sessions.deleteMany({ groupId, date: { $nin: [...plannedDates, ...keep] } }).exec();
  }
}
