import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model } from 'mongoose';
import { Role, type Viewer } from '../../common/access';
import { ForbiddenError, NotFoundError } from '../../common/domain-errors';
import { UserRecord } from '../accounts/user.schema';
import { AuditService } from '../audit/audit.service';
import { normalizeName } from '../accounts/credential-rules';
import { RefusedInputError } from '../security/auth-errors';
import { ADDRESS_POLICY } from '../security/throttle-policy';
import { ThrottleService } from '../security/throttle.service';
import { type Group, type GroupMember, type GroupRoster, type NewGroupInput } from './group.model';
import { GroupRecord } from './group.schema';
import { newJoinCode, normalizeJoinCode } from './join-code';

type StoredGroup = GroupRecord & { _id: unknown };
const isDuplicate = (error: unknown) => (error as { code?: number }).code === 11000;
export const pinKey = (learnerId: string) => `pin:${learnerId}`;

/** Groups, their join codes and members; a trainer reaches only their own groups, an admin all. */
@Injectable()
export class GroupsService {
  constructor(
    @InjectModel(GroupRecord.name) private readonly groups: Model<GroupRecord>,
    @InjectModel(UserRecord.name) private readonly users: Model<UserRecord>,
    private readonly throttle: ThrottleService,
    private readonly audit: AuditService,
  ) {}

  async create(viewer: Viewer, input: NewGroupInput): Promise<Group> {
    const name = normalizeName(input.name);
    if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > 50)
      throw new RefusedInputError('INPUT_INVALID', 'a group has room for 1 to 50 learners');
    if (input.endsAt && input.endsAt.getTime() <= Date.now())
      throw new RefusedInputError('INPUT_INVALID', 'the end of a group must be in the future');
    const fields = {
      name,
      trainerId: viewer.userId,
      capacity: input.capacity,
      seatsLeft: input.capacity,
      endsAt: input.endsAt ?? null,
    };
    const group = await this.withFreshCode((joinCode) =>
      this.groups.create({ ...fields, joinCode }).then((g) => g.toObject()),
    );
    await this.audit.record('GROUP_CREATED', { actorId: viewer.userId, detail: { group: name } });
    return this.toGroup(group);
  }

  async listFor(viewer: Viewer): Promise<Group[]> {
    const filter = viewer.roles.includes(Role.admin) ? {} : { trainerId: viewer.userId };
    const groups = await this.groups.find(filter).sort({ createdAt: -1 }).limit(500).lean();
    return groups.map((group) => this.toGroup(group));
  }

  async get(viewer: Viewer, groupId: string): Promise<Group> {
    return this.toGroup(await this.owned(viewer, groupId));
  }

  async members(viewer: Viewer, groupId: string): Promise<GroupMember[]> {
    const group = await this.owned(viewer, groupId);
    const learners = await this.users
      .find({ groupId: String(group._id), active: true }, { name: 1 })
      .sort({ name: 1 })
      .lean();
    const locks = await this.throttle.lockedUntil(learners.map((l) => pinKey(String(l._id))));
    return learners.map((l) => ({
      id: String(l._id),
      name: l.name,
      lockedUntil: locks.get(pinKey(String(l._id))) ?? null,
    }));
  }

  /** The old code stops working at once: it is replaced, not kept beside the new one. */
  async regenerateCode(viewer: Viewer, groupId: string): Promise<Group> {
    const group = await this.owned(viewer, groupId);
    const updated = await this.withFreshCode((joinCode) =>
      this.groups.findOneAndUpdate({ _id: group._id }, { $set: { joinCode } }, { new: true }).lean(),
    );
    await this.audit.record('JOIN_CODE_REGENERATED', {
      actorId: viewer.userId,
      detail: { group: group.name },
    });
    return this.toGroup(updated!);
  }

  /** The group a code opens, or a clear refusal for a malformed or retired code. */
  async byCode(codeInput: string, ip: string): Promise<StoredGroup> {
    // Guessing codes counts against the address like guessing passwords.
    const address = { key: `address:${ip}`, policy: ADDRESS_POLICY };
    await this.throttle.assertOpen([address], 'too many wrong tries; wait before trying again');
    const group = await this.groups.findOne({ joinCode: normalizeJoinCode(codeInput) }).lean();
    if (!group) {
      await this.throttle.recordFailure(address);
      throw new RefusedInputError(
        'JOIN_CODE_UNKNOWN',
        'this join code does not open any group; ask your trainer',
      );
    }
    return group;
  }

  async roster(code: string, ip: string): Promise<GroupRoster> {
    const group = await this.byCode(code, ip);
    const members = await this.users
      .find({ groupId: String(group._id), active: true }, { name: 1 })
      .sort({ name: 1 })
      .lean();
    return {
      groupName: group.name,
      admitting: !isClosed(group),
      members: members.map((m) => ({ id: String(m._id), name: m.name })),
    };
  }

  /** The learner's group, when the viewer may manage it (its trainer or an admin). */
  async assertManagesLearner(viewer: Viewer, learnerId: string): Promise<UserRecord & { _id: unknown }> {
    const learner = /^[a-f0-9]{24}$/.test(learnerId) ? await this.users.findById(learnerId).lean() : null;
    if (!learner?.groupId) throw new NotFoundError('no such learner');
    await this.owned(viewer, learner.groupId);
    return learner;
  }

  private async owned(viewer: Viewer, groupId: string): Promise<StoredGroup> {
    const group = /^[a-f0-9]{24}$/.test(groupId) ? await this.groups.findById(groupId).lean() : null;
    if (!group) throw new NotFoundError('no such group');
    if (group.trainerId !== viewer.userId && !viewer.roles.includes(Role.admin))
      throw new ForbiddenError('this is not one of your groups');
    return group;
  }

  private async withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await write(newJoinCode());
      } catch (error) {
        if (!isDuplicate(error) || attempt >= 5) throw error;
      }
    }
  }

  private toGroup(group: StoredGroup): Group {
    return {
      id: String(group._id),
      name: group.name,
      joinCode: group.joinCode,
      joinPath: `/join/${group.joinCode}`,
      capacity: group.capacity,
      memberCount: group.capacity - group.seatsLeft,
      endsAt: group.endsAt,
      closed: isClosed(group),
      trainerId: group.trainerId,
    };
  }
}

export function isClosed(group: Pick<GroupRecord, 'seatsLeft' | 'endsAt'>): boolean {
  return group.seatsLeft <= 0 || (group.endsAt !== null && group.endsAt.getTime() <= Date.now());
}
