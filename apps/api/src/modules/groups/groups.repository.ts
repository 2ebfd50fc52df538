import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model } from 'mongoose';
import { GroupRecord } from './group.schema';

export type StoredGroup = GroupRecord & { _id: unknown };

const isObjectId = (id: string) => /^[a-f0-9]{24}$/.test(id);

/** The only code that touches the groups collection. */
@Injectable()
export class GroupsRepository {
  constructor(@InjectModel(GroupRecord.name) private readonly groups: Model<GroupRecord>) {}

  async create(fields: Omit<GroupRecord, 'createdAt' | 'archivedAt'>): Promise<StoredGroup> {
    return (await this.groups.create({ ...fields, archivedAt: null })).toObject();
  }

  findById(groupId: string): Promise<StoredGroup | null> {
    if (!isObjectId(groupId)) return Promise.resolve(null);
    return this.groups.findById(groupId).lean<StoredGroup>().exec();
  }

  findByCode(joinCode: string): Promise<StoredGroup | null> {
    return this.groups.findOne({ joinCode }).lean<StoredGroup>().exec();
  }

  /** A trainer's own groups and those they help with (all groups when `trainerId` is null), newest first. */
  list(
    filter: { trainerId: string; alsoIds: readonly string[] } | null,
    archived: boolean,
  ): Promise<StoredGroup[]> {
    const whose = filter
      ? { $or: [{ trainerId: filter.trainerId }, { _id: { $in: filter.alsoIds.filter(isObjectId) } }] }
      : {};
    const state = archived ? {} : { archivedAt: null };
    return this.groups
      .find({ ...whose, ...state })
      .sort({ createdAt: -1 })
      .limit(500)
      .lean<StoredGroup[]>()
      .exec();
  }

  setJoinCode(groupId: unknown, joinCode: string): Promise<StoredGroup | null> {
    return this.groups
      .findOneAndUpdate({ _id: groupId }, { $set: { joinCode } }, { returnDocument: 'after' })
      .lean<StoredGroup>()
      .exec();
  }

  /**
   * Name, capacity and end in one write. The capacity changes only if it still is `fromCapacity`
   * and leaves no one without a seat, so two trainers saving at once never overbook the group.
   */
  async updateBasics(
    groupId: unknown,
    fromCapacity: number,
    fields: { name: string; capacity: number; endsAt: Date | null },
  ): Promise<boolean> {
    const grow = fields.capacity - fromCapacity;
    const result = await this.groups
      .updateOne(
        { _id: groupId, capacity: fromCapacity, seatsLeft: { $gte: -grow } },
        { $set: fields, $inc: { seatsLeft: grow } },
      )
      .exec();
    return result.matchedCount === 1;
  }

  /** Takes a seat if the group is open: not full, not ended, not archived. Atomic. */
  async takeSeat(groupId: unknown, now: Date): Promise<boolean> {
    const result = await this.groups
      .updateOne(
        {
          _id: groupId,
          seatsLeft: { $gt: 0 },
          archivedAt: null,
          $or: [{ endsAt: null }, { endsAt: { $gt: now } }],
        },
        { $inc: { seatsLeft: -1 } },
      )
      .exec();
    return result.modifiedCount === 1;
  }

  async giveSeatBack(groupId: unknown): Promise<void> {
    await this.groups.updateOne({ _id: groupId }, { $inc: { seatsLeft: 1 } }).exec();
  }

  async setArchived(groupId: unknown, at: Date | null): Promise<StoredGroup | null> {
    return this.groups
      .findOneAndUpdate({ _id: groupId }, { $set: { archivedAt: at } }, { returnDocument: 'after' })
      .lean<StoredGroup>()
      .exec();
  }
}
