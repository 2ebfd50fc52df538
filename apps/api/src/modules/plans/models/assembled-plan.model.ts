import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LocaleEnum, type Locale } from '../../../common/contract-enums';

@ObjectType({ description: 'A choice a worksheet field offers' })
export class PlanFieldOption {
  @Field() id: string;
  @Field() label: string;
}

@ObjectType({ description: 'One field of a worksheet, with what the learner wrote in it' })
export class PlanField {
  @Field() id: string;
  @Field({ description: 'short-text, long-text, choice or date' }) type: string;
  @Field() label: string;
  @Field({ description: 'As saved: text, a date as YYYY-MM-DD, a choice as its option id; "" when empty' })
  value: string;
  @Field({ description: 'As a reader sees it: a choice by its label; "" when empty' }) shownValue: string;
  @Field() required: boolean;
  @Field(() => Int, { nullable: true }) maxLength: number | null;
  @Field(() => [PlanFieldOption]) options: PlanFieldOption[];
}

@ObjectType({ description: 'A worksheet step of the course that this plan assembles' })
export class PlanSection {
  @Field() lessonId: string;
  @Field() lessonTitle: string;
  @Field() stepId: string;
  @Field() title: string;
  @Field({ description: 'The learner has reached this sheet in its lesson: only then can it be edited' })
  entered: boolean;
  @Field({
    description: 'A save naming this sheet will be taken: it was entered (also when its lesson is finished)',
  })
  editable: boolean;
  @Field(() => [PlanField]) fields: PlanField[];
}

@ObjectType({ description: "A learner's plan, assembled in course order from the worksheets that name it" })
export class AssembledPlan {
  @Field() courseSlug: string;
  @Field() courseTitle: string;
  @Field() documentId: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) intro: string | null;
  @Field(() => LocaleEnum, { description: 'The language of the texts (the asked one, or the fallback)' })
  locale: Locale;
  @Field(() => String, { nullable: true, description: "The learner's name, on a trainer's view" })
  learnerName: string | null;
  @Field(() => Int, { description: 'Fields with something written in them' }) filledFields: number;
  @Field(() => Int) totalFields: number;
  @Field(() => [PlanSection]) sections: PlanSection[];
}
