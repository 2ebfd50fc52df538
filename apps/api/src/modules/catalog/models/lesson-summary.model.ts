import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class LessonSummary {
  @Field() id: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => Int) estimatedMinutes: number;
  @Field(() => Int) stepCount: number;
}
