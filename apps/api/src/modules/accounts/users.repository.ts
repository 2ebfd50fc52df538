import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model, Types } from 'mongoose';
import { type Role } from '../../common/access';
import { UserRecord } from './user.schema';

export type StoredUser = UserRecord & { _id: Types.ObjectId };

export interface NewUser {
  _id?: Types.ObjectId;
  name: string;
  /** Lower-cased; an invitation link always carries one. */
  email?: string;
  passwordHash: string;
  roles: Role[];
  active: boolean;
}

const DUPLICATE_KEY = 11000;
/** True when an insert or update broke a unique index (here: the e-mail address). */
export const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === DUPLICATE_KEY;

/**
 * The only code of the accounts module that touches the users' mongoose model. Every filter value is
 * a string the services have already checked, so no caller-supplied object reaches a query.
 */
@Injectable()
export class UsersRepository {
  constructor(@InjectModel(UserRecord.name) private readonly users: Model<UserRecord>) {}

  newId(): Types.ObjectId {
    return new Types.ObjectId();
  }

  /** Inserts a person; a taken e-mail address rejects with a duplicate-key error (see isDuplicateKey). */
  async insert(user: NewUser): Promise<StoredUser> {
    return (await this.users.create(user)).toObject();
  }

  /** The active person with that e-mail address who has a password. */
  findPasswordHolder(email: string): Promise<StoredUser | null> {
    return this.users.findOne({ email, active: true, passwordHash: { $type: 'string' } }).lean();
  }

  findById(id: string): Promise<StoredUser | null> {
    return this.users.findById(id).lean();
  }

  findActive(id: string): Promise<StoredUser | null> {
    return this.users.findOne({ _id: id, active: true }).lean();
  }

  async emailExists(email: string): Promise<boolean> {
    return (await this.users.exists({ email })) !== null;
  }

  /** Everyone, by name; an install has hundreds of people, not thousands, hence the cap. */
  listByName(limit: number): Promise<StoredUser[]> {
    return this.users.find({}).sort({ name: 1 }).limit(limit).lean();
  }

  /** Names of the given ids in one query (lists never ask per item). */
  async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    const found = await this.users.find({ _id: { $in: ids } }, { name: 1 }).lean();
    return new Map(found.map((user) => [String(user._id), user.name]));
  }

  setPasswordHash(id: string, passwordHash: string): Promise<StoredUser | null> {
    return this.users
      .findOneAndUpdate({ _id: id }, { $set: { passwordHash } }, { returnDocument: 'after' })
      .lean();
  }

  setRoles(id: string, roles: Role[]): Promise<StoredUser | null> {
    return this.users.findOneAndUpdate({ _id: id }, { $set: { roles } }, { returnDocument: 'after' }).lean();
  }

  deactivate(id: string): Promise<StoredUser | null> {
    return this.users
      .findOneAndUpdate({ _id: id }, { $set: { active: false } }, { returnDocument: 'after' })
      .lean();
  }
}
