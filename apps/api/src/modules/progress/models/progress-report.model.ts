import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LessonStatus, QuestionVerdict } from '../../lessons/models/question-verdict.model';

export enum EventStatus {
  accepted = 'accepted',
  already_recorded = 'already_recorded',
  refused = 'refused',
}
registerEnumType(EventStatus, {
  name: 'EventStatus',
  description:
    'accepted: recorded now; already_recorded: this id was recorded before; refused: never recorded',
});

export enum RefusalCode {
  invalid_event = 'invalid_event',
  not_current_question = 'not_current_question',
  not_applicable = 'not_applicable',
  log_full = 'log_full',
}
registerEnumType(RefusalCode, { name: 'RefusalCode', description: 'Why the engine refused an event' });

@ObjectType()
export class EventResult {
  @Field() id: string;
  @Field(() => EventStatus) status: EventStatus;
  @Field(() => RefusalCode, { nullable: true }) code: RefusalCode | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => QuestionVerdict, { nullable: true }) verdict: QuestionVerdict | null;
}

@ObjectType()
export class LessonStanding {
  @Field(() => LessonStatus) status: LessonStatus;
  @Field(() => String, { nullable: true }) currentStepId: string | null;
  @Field(() => Int, { description: '1-based; stepCount + 1 once the lesson is finished' }) stepNumber: number;
  @Field(() => Int) stepCount: number;
}

@ObjectType()
export class ProgressReport {
  @Field(() => [EventResult], { description: 'One per event sent, in the same order' })
  results: EventResult[];
  @Field(() => LessonStanding) lesson: LessonStanding;
  @Field({ description: 'False for a guest: nothing is stored on the server' }) stored: boolean;
  @Field(() => Date, { nullable: true }) courseCompletedAt: Date | null;
}

@ObjectType()
export class QuizScore {
  @Field() stepId: string;
  @Field() title: string;
  @Field(() => Float) score: number;
  @Field() passed: boolean;
}

@ObjectType()
export class LessonProgressItem {
  @Field() lessonId: string;
  @Field(() => LessonStatus) status: LessonStatus;
  @Field(() => String, { nullable: true }) currentStepId: string | null;
  @Field(() => Int) stepNumber: number;
  @Field(() => Int) stepCount: number;
  @Field(() => [QuizScore]) quizzes: QuizScore[];
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field(() => Date, { nullable: true }) lastActivityAt: Date | null;
}

@ObjectType()
export class CourseProgress {
  @Field() courseSlug: string;
  @Field(() => [LessonProgressItem], { description: 'Every lesson of the course, in course order' })
  lessons: LessonProgressItem[];
  @Field(() => Int) completedLessons: number;
  @Field(() => String, {
    nullable: true,
    description: 'Where to continue: the lesson last worked on, else the first not finished',
  })
  continueLessonId: string | null;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
}

export enum ClaimOutcome {
  claimed = 'claimed',
  kept_account = 'kept_account',
  nothing_to_claim = 'nothing_to_claim',
}
registerEnumType(ClaimOutcome, {
  name: 'ClaimOutcome',
  description: "claimed: the guest's progress is now the account's; kept_account: the account was further on",
});

@ObjectType()
export class ClaimedLesson {
  @Field() courseSlug: string;
  @Field() lessonId: string;
  @Field(() => ClaimOutcome) outcome: ClaimOutcome;
  @Field(() => Int) refusedEvents: number;
}
