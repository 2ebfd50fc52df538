import { Field, Float, InputType } from '@nestjs/graphql';
import { type QuestionKind } from '@punte/course-engine';
import { QuestionKindEnum } from '../../lessons/models/question-verdict.model';
import { GraphQLJSONObject } from 'graphql-scalars';
import { LocaleEnum, type Locale } from '../../../common/contract-enums';

@InputType({ description: 'A matching answer: this left item goes with that right item' })
export class MatchPairInput {
  @Field() left: string;
  @Field() right: string;
}

@InputType({ description: 'An answer; which fields are read depends on `kind`' })
export class AnswerInput {
  @Field(() => QuestionKindEnum) kind: QuestionKind;
  @Field({ nullable: true, description: 'single-choice' }) optionId?: string;
  @Field(() => [String], { nullable: true, description: 'multiple-choice' }) optionIds?: string[];
  @Field({ nullable: true, description: 'true-false' }) truth?: boolean;
  @Field(() => Float, { nullable: true, description: 'number' }) number?: number;
  @Field({ nullable: true, description: 'short-text' }) text?: string;
  @Field(() => [String], { nullable: true, description: 'ordering (in the order given), pick-items' })
  itemIds?: string[];
  @Field(() => [MatchPairInput], { nullable: true, description: 'matching' }) pairs?: MatchPairInput[];
}

@InputType({ description: 'One thing the learner did, as the browser recorded it' })
export class LearnerEventInput {
  @Field({
    description: 'Made by the browser (8 to 64 letters, digits, - or _): a retry is recognised by it',
  })
  id: string;
  @Field(() => Float, { description: "The learner's clock, ms since 1970" }) at: number;
  @Field({
    description:
      'step.next | video.progress | answer.submit | hint.request | solution.reveal | checkpoint.reach | worksheet.save',
  })
  type: string;
  @Field({ nullable: true }) questionId?: string;
  @Field(() => AnswerInput, { nullable: true }) answer?: AnswerInput;
  @Field(() => Float, { nullable: true, description: 'video.progress: share watched, 0 to 1' })
  watchedShare?: number;
  @Field({ nullable: true }) checkpointId?: string;
  @Field({ nullable: true, description: 'checkpoint.reach: the simulated tool’s event name' })
  toolEvent?: string;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'checkpoint.reach: the tool event’s data' })
  toolData?: Record<string, unknown>;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'worksheet.save: field id → text (a date YYYY-MM-DD, a choice its option id)',
  })
  values?: Record<string, unknown>;
  @Field({
    nullable: true,
    description: 'worksheet.save: a worksheet already entered (default: the current step)',
  })
  stepId?: string;
}

@InputType()
export class RecordProgressInput {
  @Field() courseSlug: string;
  @Field() lessonId: string;
  @Field(() => LocaleEnum, { description: 'The language feedback is given in' }) locale: Locale;
  @Field(() => [LearnerEventInput]) events: LearnerEventInput[];
  @Field({
    nullable: true,
    description:
      'Guests only: the seed of their shuffled order. A guest sends the whole log of the lesson each time; nothing is stored.',
  })
  guestSeed?: string;
}

@InputType()
export class GuestLessonInput {
  @Field() courseSlug: string;
  @Field() lessonId: string;
  @Field() guestSeed: string;
  @Field(() => [LearnerEventInput]) events: LearnerEventInput[];
}

@InputType()
export class ClaimGuestProgressInput {
  @Field(() => LocaleEnum) locale: Locale;
  @Field(() => [GuestLessonInput]) lessons: GuestLessonInput[];
}
