import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "A plan a learner has started writing, with the trainer's page that shows it" })
export class LearnerPlanLink {
  @Field() courseSlug: string;
  @Field() documentId: string;
  @Field() title: string;
  @Field(() => Int, { description: 'Fields written so far' }) filledFields: number;
  @Field(() => Int) totalFields: number;
  @Field({ description: '/trainer/learners/<learnerId>/plans/<documentId>?course=<courseSlug>' })
  href: string;
}

@ObjectType({ description: 'A learner of the group and the plans they have written in' })
export class LearnerWithPlans {
  @Field(() => ID) learnerId: string;
  @Field(() => [LearnerPlanLink]) plans: LearnerPlanLink[];
}
