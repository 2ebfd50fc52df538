import { type Viewer } from '../../common/access';
import { type GroupPlanRecord } from '../schedules/group-plan.schema';
import { type GroupPlan } from '../schedules/models/group-plan.model';
import { mayReach } from './group-access.service';
import { type StaffPerson } from './group-members.repository';
import { type Group, type GroupStaffMember } from './group.model';
import { type StoredGroup } from './groups.repository';

/** Full, past its end, or archived: the join code admits no one. */
export function isClosed(
  group: Pick<StoredGroup, 'seatsLeft' | 'endsAt' | 'archivedAt'>,
  now = new Date(),
): boolean {
  return (
    group.seatsLeft <= 0 ||
    Boolean(group.archivedAt) ||
    (group.endsAt !== null && group.endsAt.getTime() <= now.getTime())
  );
}

export function staffMemberOf(person: StaffPerson): GroupStaffMember {
  return { id: String(person._id), name: person.name, email: person.email ?? null };
}

function planOf(group: StoredGroup, plan: GroupPlanRecord): GroupPlan {
  return {
    groupId: plan.groupId,
    language: plan.language,
    courseSlugs: plan.courseSlugs,
    place: { library: plan.place.library, room: plan.place.room ?? '', address: plan.place.address ?? '' },
    schedule: plan.schedule,
    whatToBring: plan.whatToBring,
    stuckAfterMinutes: plan.stuckAfterMinutes,
    coTrainerIds: plan.coTrainerIds,
    archivedAt: group.archivedAt ?? null,
  };
}

/** A stored group as its trainer (or a co-trainer, or an admin) sees it. */
export function groupView(
  viewer: Viewer,
  group: StoredGroup,
  plan: GroupPlanRecord | null,
  staff: ReadonlyMap<string, StaffPerson>,
): Group {
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
    archivedAt: group.archivedAt ?? null,
    canManage: mayReach(viewer, group, plan, 'manage'),
    plan: plan ? planOf(group, plan) : null,
    coTrainers: (plan?.coTrainerIds ?? []).flatMap((id) => {
      const person = staff.get(id);
      return person ? [staffMemberOf(person)] : [];
    }),
  };
}
