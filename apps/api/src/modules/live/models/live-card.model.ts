import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum LiveStatus {
  stuck = 'stuck',
  offline = 'offline',
  working = 'working',
  not_started = 'not_started',
  finished = 'finished',
}
registerEnumType(LiveStatus, { name: 'LiveStatus', description: "A learner's state in the live view" });

export enum StuckReason {
  failed_attempts = 'failed_attempts',
  no_progress = 'no_progress',
}
registerEnumType(StuckReason, { name: 'StuckReason' });

@ObjectType('LiveCard', { description: "One learner's card in the trainer's live view" })
export class LiveCardModel {
  @Field(() => ID) learnerId: string;
  @Field() name: string;
  @Field(() => LiveStatus) status: LiveStatus;
  @Field(() => String, { nullable: true }) lessonTitle: string | null;
  @Field(() => String, { nullable: true }) stepTitle: string | null;
  @Field(() => Int, { nullable: true }) stepNumber: number | null;
  @Field(() => Int, { nullable: true }) stepCount: number | null;
  @Field(() => Float) timeOnStepMs: number;
  @Field(() => Int) wrongAttempts: number;
  @Field(() => Int) hintsUsed: number;
  @Field(() => String, { nullable: true }) checkpoint: string | null;
  @Field(() => StuckReason, { nullable: true }) stuckReason: StuckReason | null;
  @Field() unsynced: boolean;
  @Field(() => Date, { nullable: true }) lastSeenAt: Date | null;
}

@ObjectType('LiveBoard', {
  description: 'The live view of a group: cards sorted so whoever needs help comes first',
})
export class LiveBoardModel {
  @Field(() => ID) groupId: string;
  @Field(() => Date) at: Date;
  @Field(() => [LiveCardModel]) cards: LiveCardModel[];
}
