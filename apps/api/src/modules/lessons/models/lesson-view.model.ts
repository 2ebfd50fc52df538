import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { LocaleEnum, type Locale } from '../../../common/contract-enums';
import { LessonStatus, QuestionVerdict } from './question-verdict.model';

@ObjectType()
export class LessonPlace {
  @Field() moduleId: string;
  @Field() moduleTitle: string;
  @Field(() => Int) moduleNumber: number;
  @Field(() => Int) lessonNumber: number;
  @Field(() => Int, { description: 'Lessons in the module' }) lessonCount: number;
  @Field(() => String, { nullable: true }) previousLessonId: string | null;
  @Field(() => String, { nullable: true }) nextLessonId: string | null;
}

@ObjectType({ description: "A signed-in learner's saved state of the lesson" })
export class SavedLesson {
  @Field({ description: 'Seed of the shuffled order: the same on every device' }) seed: string;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      "The engine's snapshot (punte.lesson-snapshot/2), mapped to the current content; null before any event",
  })
  snapshot: Record<string, unknown> | null;
  @Field(() => Int) eventCount: number;
  @Field(() => LessonStatus) status: LessonStatus;
  @Field(() => [QuestionVerdict], {
    description: 'Feedback, explanations and solutions of the questions answered so far',
  })
  verdicts: QuestionVerdict[];
}

@ObjectType()
export class LessonView {
  @Field() courseSlug: string;
  @Field() courseTitle: string;
  @Field() lessonId: string;
  @Field() title: string;
  @Field(() => LocaleEnum) locale: Locale;
  @Field(() => LocaleEnum) fallbackLocale: Locale;
  @Field() contentVersion: string;
  @Field(() => GraphQLJSONObject, {
    description:
      "The engine's public lesson: no answer key, option feedback or explanation; texts in the asked language and the fallback",
  })
  content: Record<string, unknown>;
  @Field(() => LessonPlace, { nullable: true }) place: LessonPlace | null;
  @Field(() => SavedLesson, { nullable: true, description: 'Null for a guest' }) saved: SavedLesson | null;
}
