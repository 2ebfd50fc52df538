import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AudienceEnum, LocaleEnum, type Audience, type Locale } from '../../../common/contract-enums';
import { CourseDownload } from './course-download.model';
import { CourseModule } from './course-module.model';
import { CoursePlan } from './course-plan.model';

/** The fields a course shows both in the catalogue and on its own page. */
@ObjectType({ isAbstract: true })
abstract class CourseFields {
  @Field() slug: string;
  @Field() title: string;
  @Field() summary: string;
  @Field(() => AudienceEnum) audience: Audience;
  @Field(() => Int) estimatedMinutes: number;
  @Field(() => [LocaleEnum]) languages: Locale[];
  @Field(() => String, { nullable: true }) coverUrl: string | null;
  @Field() coverAlt: string;
}

@ObjectType()
export class CourseSummary extends CourseFields {
  @Field(() => Int) moduleCount: number;
  @Field(() => Int) lessonCount: number;
}

@ObjectType()
export class Course extends CourseFields {
  @Field(() => [CourseModule]) modules: CourseModule[];
  @Field(() => [CourseDownload]) downloads: CourseDownload[];
  @Field(() => [CoursePlan]) plans: CoursePlan[];
}
