import { Injectable } from '@nestjs/common';
import { Role, type Viewer } from '../../common/access';
import { ForbiddenError, NotFoundError } from '../../common/domain-errors';
import { type GroupScope } from '../reports/group-scope';
import { type GroupPlanRecord } from '../schedules/group-plan.schema';
import { GroupPlansService } from '../schedules/group-plans.service';
import { GroupMembersRepository, type StoredPerson } from './group-members.repository';
import { GroupsRepository, type StoredGroup } from './groups.repository';

/**
 * What a person may do with a group. `view`: its trainer, its co-trainers (volunteers see what the
 * trainer sees, take attendance, press "helped") and administrators. `manage`: its trainer and
 * administrators only (the plan, the code, archiving, moving and removing learners).
 */
export type GroupRight = 'view' | 'manage';

export interface AccessibleGroup {
  group: StoredGroup;
  plan: GroupPlanRecord | null;
}

export const isAdmin = (viewer: Viewer) => viewer.roles.includes(Role.admin);

@Injectable()
export class GroupAccessService {
  constructor(
    private readonly groups: GroupsRepository,
    private readonly plans: GroupPlansService,
    private readonly members: GroupMembersRepository,
  ) {}

  /** The group and its plan, or NOT_FOUND / FORBIDDEN. */
  async reach(viewer: Viewer, groupId: string, right: GroupRight): Promise<AccessibleGroup> {
    const [group, plan] = await Promise.all([this.groups.findById(groupId), this.plans.find(groupId)]);
    if (!group) throw new NotFoundError('no such group');
    if (!mayReach(viewer, group, plan, right))
      throw new ForbiddenError(
        right === 'manage' && plan?.coTrainerIds.includes(viewer.userId)
          ? "only the group's trainer can change this"
          : 'this is not one of your groups',
      );
    return { group, plan };
  }

  /** The group as reports and the live view need it: courses, current learners, zone, stuck threshold. */
  async scope(viewer: Viewer, groupId: string): Promise<AccessibleGroup & { scope: GroupScope }> {
    // Read side by side (the live view polls this): the members are returned only if access holds.
    const [reached, learners] = await Promise.all([
      this.reach(viewer, groupId, 'view'),
      this.members.activeIn(groupId),
    ]);
    return { ...reached, scope: scopeOf(groupId, reached.plan, learners) };
  }

  /** A learner of a group the viewer may act on, with that group. */
  async reachLearner(
    viewer: Viewer,
    learnerId: string,
    right: GroupRight,
  ): Promise<AccessibleGroup & { learner: StoredPerson }> {
    const learner = await this.members.findById(learnerId);
    if (!learner?.groupId || !learner.active || !learner.roles.includes(Role.learner))
      throw new NotFoundError('no such learner');
    return { ...(await this.reach(viewer, learner.groupId, right)), learner };
  }

  /** The ids of the groups a volunteer co-trains (for their list of groups). */
  coTrainedBy(viewer: Viewer): Promise<string[]> {
    return this.plans.coTrainedBy(viewer.userId);
  }
}

export function mayReach(
  viewer: Viewer,
  group: Pick<StoredGroup, 'trainerId'>,
  plan: Pick<GroupPlanRecord, 'coTrainerIds'> | null,
  right: GroupRight,
): boolean {
  if (isAdmin(viewer) || group.trainerId === viewer.userId) return true;
  return right === 'view' && Boolean(plan?.coTrainerIds.includes(viewer.userId));
}

export function scopeOf(
  groupId: string,
  plan: GroupPlanRecord | null,
  learners: readonly { _id: unknown; name: string }[],
): GroupScope {
  return {
    groupId,
    courseSlugs: plan?.courseSlugs ?? [],
    members: learners.map((l) => ({ learnerId: String(l._id), name: l.name })),
    timeZone: plan?.schedule.timeZone ?? 'UTC',
    ...(plan ? { stuckAfterMs: plan.stuckAfterMinutes * 60_000 } : {}),
  };
}
