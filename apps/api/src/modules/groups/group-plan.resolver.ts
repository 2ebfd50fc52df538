import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequireRoles, Role, type Viewer } from '../../common/access';
import { GroupPlanInput } from '../schedules/models/group-plan.model';
import { Group, GroupMember } from './group.model';
import { GroupMembershipService } from './group-membership.service';
import { GroupPlanEditorService } from './group-plan-editor.service';

/** The trainer's changes to a group: its plan, archiving, its learners' membership. */
@Resolver()
export class GroupPlanResolver {
  constructor(
    private readonly editor: GroupPlanEditorService,
    private readonly membership: GroupMembershipService,
  ) {}

  @RequireRoles(Role.trainer, Role.admin)
  @Mutation(() => Group, {
    description: 'A new group with its plan; nothing is stored unless every field is valid',
  })
  createPlannedGroup(@CurrentViewer() viewer: Viewer, @Args('input') input: GroupPlanInput): Promise<Group> {
    return this.editor.createPlanned(viewer, input);
  }

  @RequireRoles(Role.trainer, Role.admin)
  @Mutation(() => Group, {
    description: "Saves a group's plan (its trainer or an admin); sessions follow the schedule",
  })
  updateGroupPlan(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('input') input: GroupPlanInput,
  ): Promise<Group> {
    return this.editor.update(viewer, groupId, input);
  }

  @RequireRoles(Role.trainer, Role.admin)
  @Mutation(() => Group, { description: 'Archives (or, with archived: false, restores) a group' })
  archiveGroup(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('archived', { defaultValue: true }) archived: boolean,
  ): Promise<Group> {
    return this.editor.archive(viewer, groupId, archived);
  }

  @RequireRoles(Role.trainer, Role.admin)
  @Mutation(() => GroupMember, {
    description: 'Moves a learner to another group of the same trainer; name, PIN and progress go along',
  })
  moveLearner(
    @CurrentViewer() viewer: Viewer,
    @Args('learnerId', { type: () => ID }) learnerId: string,
    @Args('toGroupId', { type: () => ID }) toGroupId: string,
  ): Promise<GroupMember> {
    return this.membership.move(viewer, learnerId, toGroupId);
  }

  @RequireRoles(Role.trainer, Role.admin)
  @Mutation(() => Boolean, {
    description: 'Takes a learner out of their group; their progress is kept',
  })
  async removeLearner(
    @CurrentViewer() viewer: Viewer,
    @Args('learnerId', { type: () => ID }) learnerId: string,
  ): Promise<boolean> {
    await this.membership.remove(viewer, learnerId);
    return true;
  }
}
