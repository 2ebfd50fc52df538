import { Field, ObjectType } from '@nestjs/graphql';
import { LessonSummary } from './lesson-summary.model';

@ObjectType()
export class CourseModule {
  @Field() id: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => [LessonSummary]) lessons: LessonSummary[];
}
