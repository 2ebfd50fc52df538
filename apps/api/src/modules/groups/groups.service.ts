import { Injectable } from '@nestjs/common';
import { type Viewer } from '../../common/access';
import { normalizeName } from '../accounts/credential-rules';
import { AuditService } from '../audit/audit.service';
import { type GroupPlanRecord } from '../schedules/group-plan.schema';
import { GroupPlansService } from '../schedules/group-plans.service';
import { RefusedInputError } from '../security/auth-errors';
import { ADDRESS_POLICY } from '../security/throttle-policy';
import { ThrottleService } from '../security/throttle.service';
import { GroupAccessService, isAdmin } from './group-access.service';
import { GroupMembersRepository, type StaffPerson } from './group-members.repository';
import { type Group, type GroupMember, type GroupRoster, type NewGroupInput } from './group.model';
import { groupView, isClosed } from './group-view';
import { GroupsRepository, type StoredGroup } from './groups.repository';
import { newJoinCode, normalizeJoinCode } from './join-code';

const isDuplicate = (error: unknown) => (error as { code?: number }).code === 11000;
export const pinKey = (learnerId: string) => `pin:${learnerId}`;

/**
 * Groups, their join codes and members. A trainer reaches their own groups and those they
 * co-train, an admin all (GroupAccessService).
 */
@Injectable()
export class GroupsService {
  constructor(
    private readonly groups: GroupsRepository,
    private readonly people: GroupMembersRepository,
    private readonly plans: GroupPlansService,
    private readonly access: GroupAccessService,
    private readonly throttle: ThrottleService,
    private readonly audit: AuditService,
  ) {}

  async create(viewer: Viewer, input: NewGroupInput): Promise<Group> {
    const name = normalizeName(input.name);
    if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > 50)
      throw new RefusedInputError('INPUT_INVALID', 'a group has room for 1 to 50 learners');
    if (input.endsAt && input.endsAt.getTime() <= Date.now())
      throw new RefusedInputError('INPUT_INVALID', 'the end of a group must be in the future');
    const group = await this.insert(viewer, {
      name,
      capacity: input.capacity,
      endsAt: input.endsAt ?? null,
    });
    return groupView(viewer, group, null, new Map());
  }

  /** A new group record with a fresh join code, audited. */
  async insert(
    viewer: Viewer,
    fields: { name: string; capacity: number; endsAt: Date | null },
  ): Promise<StoredGroup> {
    const group = await this.withFreshCode((joinCode) =>
      this.groups.create({ ...fields, trainerId: viewer.userId, seatsLeft: fields.capacity, joinCode }),
    );
    await this.audit.record('GROUP_CREATED', { actorId: viewer.userId, detail: { group: fields.name } });
    return group;
  }

  async listFor(viewer: Viewer, includeArchived = false): Promise<Group[]> {
    const filter = isAdmin(viewer)
      ? null
      : { trainerId: viewer.userId, alsoIds: await this.access.coTrainedBy(viewer) };
    return this.views(viewer, await this.groups.list(filter, includeArchived));
  }

  async get(viewer: Viewer, groupId: string): Promise<Group> {
    const { group, plan } = await this.access.reach(viewer, groupId, 'view');
    return this.view(viewer, group, plan);
  }

  /** Groups with their plans and co-trainers: three reads for the whole list. */
  async views(viewer: Viewer, groups: readonly StoredGroup[]): Promise<Group[]> {
    const plans = await this.plans.findMany(groups.map((g) => String(g._id)));
    const planOf = new Map(plans.map((p) => [p.groupId, p]));
    const staff = await this.staff(plans);
    return groups.map((g) => groupView(viewer, g, planOf.get(String(g._id)) ?? null, staff));
  }

  async view(viewer: Viewer, group: StoredGroup, plan: GroupPlanRecord | null): Promise<Group> {
    return groupView(viewer, group, plan, await this.staff(plan ? [plan] : []));
  }

  async members(viewer: Viewer, groupId: string): Promise<GroupMember[]> {
    await this.access.reach(viewer, groupId, 'view');
    const learners = await this.people.activeIn(groupId);
    const locks = await this.throttle.lockedUntil(learners.map((l) => pinKey(String(l._id))));
    return learners.map((l) => ({
      id: String(l._id),
      name: l.name,
      lockedUntil: locks.get(pinKey(String(l._id))) ?? null,
    }));
  }

  /** The old code stops working at once: it is replaced, not kept beside the new one. */
  async regenerateCode(viewer: Viewer, groupId: string): Promise<Group> {
    const { group, plan } = await this.access.reach(viewer, groupId, 'manage');
    const updated = await this.withFreshCode((joinCode) => this.groups.setJoinCode(group._id, joinCode));
    await this.audit.record('JOIN_CODE_REGENERATED', {
      actorId: viewer.userId,
      detail: { group: group.name },
    });
    return this.view(viewer, updated!, plan);
  }

  /** The group a code opens, or a clear refusal for a malformed or retired code. */
  async byCode(codeInput: string, ip: string): Promise<StoredGroup> {
    // Guessing codes counts against the address like guessing passwords.
    const address = { key: `address:${ip}`, policy: ADDRESS_POLICY };
    await this.throttle.assertOpen([address], 'too many wrong tries; wait before trying again');
    const group = await this.groups.findByCode(normalizeJoinCode(codeInput));
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
    const members = await this.people.activeIn(String(group._id));
    return {
      groupName: group.name,
      admitting: !isClosed(group),
      members: members.map((m) => ({ id: String(m._id), name: m.name })),
    };
  }

  private async staff(plans: readonly GroupPlanRecord[]): Promise<Map<string, StaffPerson>> {
    const ids = [...new Set(plans.flatMap((p) => p.coTrainerIds))];
    const people = await this.people.staffByIds(ids);
    return new Map(people.map((p) => [String(p._id), p]));
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
}
