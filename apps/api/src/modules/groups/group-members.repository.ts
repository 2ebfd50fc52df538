import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model, type Types } from 'mongoose';
import { Role } from '../../common/access';
import { UserRecord } from '../accounts/user.schema';

export type StoredPerson = UserRecord & { _id: Types.ObjectId };
export type StaffPerson = Pick<UserRecord, 'name' | 'email' | 'roles'> & { _id: unknown };

const isObjectId = (id: string) => /^[a-f0-9]{24}$/.test(id);
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The people of groups (the accounts module's users collection), as the groups module reads and changes them. */
@Injectable()
export class GroupMembersRepository {
  constructor(@InjectModel(UserRecord.name) private readonly users: Model<UserRecord>) {}

  /** A group's current learners by name (the groupId index). */
  activeIn(groupId: string): Promise<{ _id: unknown; name: string }[]> {
    return this.users
      .find({ groupId, active: true }, { name: 1 })
      .sort({ name: 1 })
      .lean<{ _id: unknown; name: string }[]>()
      .exec();
  }

  findById(userId: string): Promise<StoredPerson | null> {
    if (!isObjectId(userId)) return Promise.resolve(null);
    return this.users.findById(userId).lean<StoredPerson>().exec();
  }

  findActiveIn(learnerId: string, groupId: string): Promise<StoredPerson | null> {
    if (!isObjectId(learnerId)) return Promise.resolve(null);
    return this.users.findOne({ _id: learnerId, groupId, active: true }).lean<StoredPerson>().exec();
  }

  /** "Maria" is taken by "Maria" or "Maria P." in this group. */
  async firstNameTaken(groupId: string, firstName: string): Promise<boolean> {
    const pattern = new RegExp(`^${escapeRegex(firstName)}( [^ ]\\.)?$`, 'i');
    return Boolean(await this.users.exists({ groupId, active: true, name: { $regex: pattern } }));
  }

  async createLearner(groupId: string, name: string, pinHash: string): Promise<StoredPerson> {
    const user = await this.users.create({
      name,
      roles: [Role.learner],
      pinHash,
      groupId,
      groupNameKey: groupNameKey(groupId, name),
      active: true,
    });
    return user.toObject();
  }

  async setPinHash(learnerId: string, pinHash: string): Promise<void> {
    await this.users.updateOne({ _id: learnerId }, { $set: { pinHash } }).exec();
  }

  /**
   * Into another group under the same name, if still in `fromGroupId` (two moves at once: one
   * wins). A name taken there fails on the unique key (11000).
   */
  async moveTo(learnerId: string, fromGroupId: string, toGroupId: string, name: string): Promise<boolean> {
    const result = await this.users
      .updateOne(
        { _id: learnerId, groupId: fromGroupId, active: true },
        { $set: { groupId: toGroupId, groupNameKey: groupNameKey(toGroupId, name) } },
      )
      .exec();
    return result.modifiedCount === 1;
  }

  /**
   * Out of the group: no longer a member nor able to sign in with its code, the name free for
   * someone else. The account and its progress stay (reports over time, a return to the group).
   */
  async removeFromGroup(learnerId: string): Promise<boolean> {
    const result = await this.users
      .updateOne({ _id: learnerId, active: true }, { $set: { active: false }, $unset: { groupNameKey: 1 } })
      .exec();
    return result.modifiedCount === 1;
  }

  staffByIds(ids: readonly string[]): Promise<StaffPerson[]> {
    const valid = ids.filter(isObjectId);
    if (!valid.length) return Promise.resolve([]);
    return this.users
      .find({ _id: { $in: valid } }, { name: 1, email: 1, roles: 1 })
      .lean<StaffPerson[]>()
      .exec();
  }

  staffByEmails(emails: readonly string[]): Promise<StaffPerson[]> {
    if (!emails.length) return Promise.resolve([]);
    return (
      this.users
        // `$exists` lets the planner use the partial e-mail index (only accounts with an e-mail).
        .find(
          { $and: [{ email: { $in: emails.map((e) => e.toLowerCase()) } }, { email: { $exists: true } }] },
          { name: 1, email: 1, roles: 1 },
        )
        .lean<StaffPerson[]>()
        .exec()
    );
  }
}

export const groupNameKey = (groupId: string, name: string) => `${groupId}:${name.toLocaleLowerCase()}`;
