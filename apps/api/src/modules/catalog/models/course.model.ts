import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CourseModule } from './course-module.model';

@ObjectType()
export class CourseSummary {
  @Field() slug: string;
  @Field() title: string;
  @Field() summary: string;
  @Field() audience: string;
  @Field(() => Int) estimatedMinutes: number;
  @Field(() => [String]) languages: string[];
  @Field(() => String, { nullable: true }) coverUrl: string | null;
  @Field() coverAlt: string;
  @Field(() => Int) moduleCount: number;
  @Field(() => Int) lessonCount: number;
}

@ObjectType()
export class Course {
  @Field() slug: string;
  @Field() title: string;
  @Field() summary: string;
  @Field() audience: string;
  @Field(() => Int) estimatedMinutes: number;
  @Field(() => [String]) languages: string[];
  @Field(() => String, { nullable: true }) coverUrl: string | null;
  @Field() coverAlt: string;
  @Field(() => [CourseModule]) modules: CourseModule[];
}
