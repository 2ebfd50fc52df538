import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { QUESTION_KINDS, type QuestionKind } from '@punte/course-engine';

export const QuestionKindEnum = Object.fromEntries(
  QUESTION_KINDS.map((k) => [k.replace('-', '_'), k]),
) as Record<string, QuestionKind>;
registerEnumType(QuestionKindEnum, { name: 'QuestionKind', description: 'The kinds of quiz question' });

export enum LessonStatus {
  not_started = 'not_started',
  in_progress = 'in_progress',
  completed = 'completed',
}
registerEnumType(LessonStatus, { name: 'LessonStatus' });

@ObjectType()
export class MatchPair {
  @Field() left: string;
  @Field() right: string;
}

@ObjectType({ description: 'An answer in the shape the learner gives one (used for the solution)' })
export class AnswerValue {
  @Field(() => QuestionKindEnum) kind: QuestionKind;
  @Field(() => String, { nullable: true }) optionId?: string | null;
  @Field(() => [String], { nullable: true }) optionIds?: string[] | null;
  @Field(() => Boolean, { nullable: true }) truth?: boolean | null;
  @Field(() => Float, { nullable: true }) number?: number | null;
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => [String], { nullable: true }) itemIds?: string[] | null;
  @Field(() => [MatchPair], { nullable: true }) pairs?: MatchPair[] | null;
}

@ObjectType({
  description: 'What the learner is told about a question after answering it or asking for the solution',
})
export class QuestionVerdict {
  @Field() questionId: string;
  @Field(() => Boolean, { nullable: true, description: 'null after a reveal without an answer' })
  correct: boolean | null;
  @Field(() => Float, { nullable: true }) score: number | null;
  @Field(() => String, { nullable: true }) feedback: string | null;
  @Field(() => [String]) optionFeedback: string[];
  @Field(() => Int) attempts: number;
  @Field(() => Int, { nullable: true, description: 'null: unlimited' }) attemptsLeft: number | null;
  @Field({ description: 'Solved, revealed or out of attempts: it cannot change any more' }) settled: boolean;
  @Field() revealed: boolean;
  @Field(() => String, { nullable: true, description: 'Given once the question is settled' })
  explanation: string | null;
  @Field(() => AnswerValue, { nullable: true, description: 'Given once the learner asked for it' })
  solution: AnswerValue | null;
}
