import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { GroupPlanRecord } from './group-plan.schema';

export type GroupPlanFields = Omit<GroupPlanRecord, 'groupId' | 'coTrainerIds' | 'archivedAt'>;

/** The only code that touches the group_plans collection. */
@Injectable()
export class GroupPlansRepository {
  constructor(@InjectModel(GroupPlanRecord.name) private readonly plans: Model<GroupPlanRecord>) {}

  find(groupId: string): Promise<GroupPlanRecord | null> {
    return this.plans.findOne({ groupId }).lean<GroupPlanRecord>().exec();
  }

  findMany(groupIds: readonly string[]): Promise<GroupPlanRecord[]> {
    return this.plans
      .find({ groupId: { $in: groupIds } })
      .lean<GroupPlanRecord[]>()
      .exec();
  }

  /** The groups a volunteer helps with. */
  coTrainedBy(userId: string): Promise<string[]> {
    return this.plans.distinct('groupId', { coTrainerIds: userId }).exec() as Promise<string[]>;
  }

  async save(groupId: string, fields: GroupPlanFields): Promise<void> {
    await this.plans.updateOne({ groupId }, { $set: fields }, { upsert: true }).exec();
  }

  async setCoTrainers(groupId: string, userIds: readonly string[]): Promise<boolean> {
    const result = await this.plans.updateOne({ groupId }, { $set: { coTrainerIds: userIds } }).exec();
    return result.matchedCount === 1;
  }

  async setArchived(groupId: string, at: Date | null): Promise<boolean> {
    const result = await this.plans.updateOne({ groupId }, { $set: { archivedAt: at } }).exec();
    return result.matchedCount === 1;
  }
}
