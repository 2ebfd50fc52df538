import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequireRoles, Role, type Viewer } from '../../common/access';
import { LocaleEnum, type Locale } from '../../common/contract-enums';
import { GroupLiveService } from './group-live.service';
import { LiveBoardModel } from './models/live-card.model';

/**
 * The live view of the room. The web app polls `groupLive` every few seconds: a plain query works
 * behind any reverse proxy and is answered the same by every API instance (all state in MongoDB).
 */
@Resolver()
export class LiveResolver {
  constructor(private readonly live: GroupLiveService) {}

  @RequireRoles(Role.trainer, Role.admin)
  @Query(() => LiveBoardModel, { description: 'One card per learner, whoever needs help first' })
  groupLive(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('locale', { type: () => LocaleEnum }) locale: Locale,
  ): Promise<LiveBoardModel> {
    return this.live.board(viewer, groupId, locale);
  }

  @RequireRoles(Role.trainer, Role.admin)
  @Mutation(() => Boolean, {
    description: '"Helped": clears the stuck flag until the learner is stuck again',
  })
  async markHelped(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('learnerId', { type: () => ID }) learnerId: string,
  ): Promise<boolean> {
    await this.live.markHelped(viewer, groupId, learnerId);
    return true;
  }
}
