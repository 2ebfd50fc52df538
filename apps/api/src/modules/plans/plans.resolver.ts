import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequireRoles, Role, SignedIn, type Viewer } from '../../common/access';
import { LocaleEnum, type Locale } from '../../common/contract-enums';
import { AssembledPlan } from './models/assembled-plan.model';
import { LearnerWithPlans } from './models/learner-plans.model';
import { PlansService } from './plans.service';

@Resolver()
export class PlansResolver {
  constructor(private readonly plans: PlansService) {}

  @SignedIn()
  @Query(() => AssembledPlan, {
    description: "The signed-in learner's plan, assembled from their worksheets in the course",
  })
  myPlan(
    @Args('courseSlug') courseSlug: string,
    @Args('documentId') documentId: string,
    @Args('locale', { type: () => LocaleEnum }) locale: Locale,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AssembledPlan> {
    return this.plans.mine(viewer, courseSlug, documentId, locale);
  }

  @RequireRoles(Role.trainer, Role.admin)
  @Query(() => AssembledPlan, {
    description: "A learner's plan, read-only, for the trainer of the learner's group or an admin",
  })
  learnerPlan(
    @Args('learnerId', { type: () => ID }) learnerId: string,
    @Args('courseSlug') courseSlug: string,
    @Args('documentId') documentId: string,
    @Args('locale', { type: () => LocaleEnum }) locale: Locale,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AssembledPlan> {
    return this.plans.ofLearner(viewer, learnerId, courseSlug, documentId, locale);
  }

  @RequireRoles(Role.trainer, Role.admin)
  @Query(() => [LearnerWithPlans], {
    description:
      "The group's learners who have written in a plan, with a link to each (its trainers and admins); one call for the whole group",
  })
  learnersWithPlans(
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('locale', { type: () => LocaleEnum }) locale: Locale,
    @CurrentViewer() viewer: Viewer,
  ): Promise<LearnerWithPlans[]> {
    return this.plans.withPlans(viewer, groupId, locale);
  }
}
