import { Injectable } from '@nestjs/common';
import { type Viewer } from '../../common/access';
import { AuditService } from '../audit/audit.service';
import { RefusedInputError } from '../security/auth-errors';
import { SessionsService } from '../sessions/sessions.service';
import { GroupAccessService } from './group-access.service';
import { GroupMembersRepository } from './group-members.repository';
import { type GroupMember } from './group.model';
import { GroupsRepository } from './groups.repository';
import { closedGroup } from './join-refusals';

const isDuplicate = (error: unknown) => (error as { code?: number }).code === 11000;

/** Moving a learner between groups and taking one out; their progress is never touched. */
@Injectable()
export class GroupMembershipService {
  constructor(
    private readonly access: GroupAccessService,
    private readonly groups: GroupsRepository,
    private readonly people: GroupMembersRepository,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Into another group the viewer manages, keeping the learner's name, PIN and progress. Refused
   * when that group is full, ended or archived, or already has someone of that name.
   */
  async move(viewer: Viewer, learnerId: string, toGroupId: string): Promise<GroupMember> {
    const from = await this.access.reachLearner(viewer, learnerId, 'manage');
    const to = await this.access.reach(viewer, toGroupId, 'manage');
    const name = from.learner.name;
    if (String(to.group._id) === String(from.group._id)) return { id: learnerId, name, lockedUntil: null };
    if (!(await this.groups.takeSeat(to.group._id, new Date()))) throw closedGroup(to.group);
    let moved: boolean;
    try {
      moved = await this.people.moveTo(learnerId, String(from.group._id), toGroupId, name);
    } catch (error) {
      await this.groups.giveSeatBack(to.group._id);
      if (!isDuplicate(error)) throw error;
      throw new RefusedInputError('NAME_TAKEN', 'someone in that group already has this name');
    }
    // Moved meanwhile by someone else: the seat taken here goes back, nothing else changes.
    await this.groups.giveSeatBack(moved ? from.group._id : to.group._id);
    if (moved)
      await this.audit.record('LEARNER_MOVED', {
        actorId: viewer.userId,
        subjectId: learnerId,
        detail: { fromGroupId: String(from.group._id), toGroupId },
      });
    return { id: learnerId, name, lockedUntil: null };
  }

  /** Out of the group: their seat frees up and their sessions end; their account and progress stay. */
  async remove(viewer: Viewer, learnerId: string): Promise<void> {
    const { group } = await this.access.reachLearner(viewer, learnerId, 'manage');
    // Removed once even if pressed twice: only the removal that happened frees the seat.
    if (await this.people.removeFromGroup(learnerId)) {
      await this.groups.giveSeatBack(group._id);
      await this.audit.record('LEARNER_REMOVED', {
        actorId: viewer.userId,
        subjectId: learnerId,
        detail: { groupId: String(group._id) },
      });
    }
    await this.sessions.endAllOf(learnerId);
  }
}
