import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequireRoles, Role, type Viewer } from '../../common/access';
import { GroupHandoutsService } from './group-handouts.service';
import { JoinHandout } from './models/join-handout.model';

/** The join handout for the print page; its PDF and the learner cards are plain routes. */
@Resolver()
export class HandoutsResolver {
  constructor(private readonly handouts: GroupHandoutsService) {}

  @RequireRoles(Role.trainer, Role.admin)
  @Query(() => JoinHandout, { description: "A group's join handout, in the group's language" })
  joinHandout(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID }) groupId: string,
  ): Promise<JoinHandout> {
    return this.handouts.printable(viewer, groupId);
  }
}
