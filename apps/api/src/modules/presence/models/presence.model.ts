import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({
  description: "A learner's browser about itself: its unsent events and whether a lesson is open",
})
export class PresenceInput {
  @Field(() => Int, { description: 'Events waiting in the local queue (0 to 100,000)' })
  pendingEvents: number;
  @Field({ description: 'A lesson page is open' }) lessonOpen: boolean;
  @Field(() => Date, { nullable: true, description: 'When the browser last had a connection (its clock)' })
  lastOnlineAt?: Date | null;
}
