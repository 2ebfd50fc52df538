import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, RequireRoles, Role, type Viewer } from '../../common/access';
import { toAccount } from '../accounts/account.mapper';
import { Account } from '../accounts/account.model';
import { Http, type HttpContext, ipOf, SessionCookies } from '../sessions/http-context';
import { Group, GroupMember, GroupRoster, JoinGroupInput, NewGroupInput } from './group.model';
import { GroupsService } from './groups.service';
import { LearnerAccessService } from './learner-access.service';

@Resolver()
export class GroupsResolver {
  constructor(
    private readonly groups: GroupsService,
    private readonly learners: LearnerAccessService,
    private readonly cookies: SessionCookies,
  ) {}

  @RequireRoles(Role.trainer, Role.admin)
  @Mutation(() => Group)
  createGroup(@CurrentViewer() viewer: Viewer, @Args('input') input: NewGroupInput): Promise<Group> {
    return this.groups.create(viewer, input);
  }

  @RequireRoles(Role.trainer, Role.admin)
  @Query(() => [Group], {
    description: "A trainer's own groups and those they co-train; every group for an admin. Newest first",
  })
  myGroups(
    @CurrentViewer() viewer: Viewer,
    @Args('includeArchived', { defaultValue: false }) includeArchived: boolean,
  ): Promise<Group[]> {
    return this.groups.listFor(viewer, includeArchived);
  }

  @RequireRoles(Role.trainer, Role.admin)
  @Query(() => Group, { description: 'A group the viewer trains or co-trains (any group for an admin)' })
  group(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Group> {
    return this.groups.get(viewer, id);
  }

  @RequireRoles(Role.trainer, Role.admin)
  @Query(() => [GroupMember], { description: "The learners of one of the trainer's groups" })
  groupMembers(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID }) groupId: string,
  ): Promise<GroupMember[]> {
    return this.groups.members(viewer, groupId);
  }

  @RequireRoles(Role.trainer, Role.admin)
  @Mutation(() => Group, { description: 'A new join code; the old one stops working at once' })
  regenerateJoinCode(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID }) groupId: string,
  ): Promise<Group> {
    return this.groups.regenerateCode(viewer, groupId);
  }

  @RequireRoles(Role.trainer, Role.admin)
  @Mutation(() => Boolean, {
    description: "Sets a learner's new PIN, ends their sessions and lifts any lock",
  })
  async resetLearnerPin(
    @CurrentViewer() viewer: Viewer,
    @Args('learnerId', { type: () => ID }) learnerId: string,
    @Args('pin') pin: string,
  ): Promise<boolean> {
    await this.learners.resetPin(viewer, learnerId, pin);
    return true;
  }

  @RequireRoles(Role.trainer, Role.admin)
  @Mutation(() => Boolean, { description: 'Lifts the lock after too many wrong PINs' })
  async unlockLearner(
    @CurrentViewer() viewer: Viewer,
    @Args('learnerId', { type: () => ID }) learnerId: string,
  ): Promise<boolean> {
    await this.learners.unlock(viewer, learnerId);
    return true;
  }

  @Public("the join code is the permission: the group's sign-in page shows its learners' first names")
  @Query(() => GroupRoster)
  groupRoster(@Args('code') code: string, @Http() http: HttpContext): Promise<GroupRoster> {
    return this.groups.roster(code, ipOf(http));
  }

  @Public('the join code is the permission to join; throttled like sign-in')
  @Mutation(() => Account)
  async joinGroup(@Args('input') input: JoinGroupInput, @Http() http: HttpContext): Promise<Account> {
    const { user, session } = await this.learners.join(input, ipOf(http));
    this.cookies.set(http, session);
    return toAccount(user);
  }

  @Public('signing in is what an anonymous caller does; 5 wrong PINs lock for 15 minutes')
  @Mutation(() => Account)
  async learnerSignIn(
    @Args('code') code: string,
    @Args('learnerId', { type: () => ID }) learnerId: string,
    @Args('pin') pin: string,
    @Http() http: HttpContext,
  ): Promise<Account> {
    const { user, session } = await this.learners.signIn(code, learnerId, pin, ipOf(http));
    this.cookies.set(http, session);
    return toAccount(user);
  }
}
