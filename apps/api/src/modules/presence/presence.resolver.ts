import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequireRoles, Role, type Viewer } from '../../common/access';
import { PresenceInput } from './models/presence.model';
import { PresenceService } from './presence.service';

/** The learner's browser reports with each progress batch and every ~25 s while a lesson is open. */
@Resolver()
export class PresenceResolver {
  constructor(private readonly presence: PresenceService) {}

  @RequireRoles(Role.learner)
  @Mutation(() => Boolean, {
    description:
      "The learner's unsent events and open lesson, for the trainer's live view; false when too soon",
  })
  reportPresence(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => PresenceInput }) input: PresenceInput,
  ): Promise<boolean> {
    return this.presence.report(viewer.userId, input, new Date());
  }
}
