import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How far the group got in one lesson' })
export class ReportLessonRow {
  @Field(() => ID) lessonId: string;
  @Field() title: string;
  @Field(() => Int) completed: number;
  @Field(() => Int) inProgress: number;
  @Field(() => Int) notStarted: number;
  @Field(() => Float, { description: 'Completed learners out of the group, 0..1' }) completionShare: number;
  @Field(() => Float, { nullable: true, description: 'Mean quiz score 0..1 of those who have one' })
  meanScore: number | null;
  @Field(() => Int) scoredLearners: number;
  @Field(() => Float, { description: 'Mean time on task of those who started, in ms' }) meanTimeMs: number;
}

@ObjectType()
export class ReportAttendance {
  @Field(() => Int) present: number;
  @Field(() => Int, { description: 'Sessions held so far' }) held: number;
}

@ObjectType({ description: 'One learner over all the lessons of the group' })
export class ReportLearnerRow {
  @Field(() => ID) learnerId: string;
  @Field() name: string;
  @Field(() => Int) lessonsCompleted: number;
  @Field(() => Int) lessonsStarted: number;
  @Field(() => Float, { nullable: true }) meanScore: number | null;
  @Field(() => Float) timeMs: number;
  @Field(() => Date, { nullable: true }) lastSeenAt: Date | null;
  @Field(() => ReportAttendance, { nullable: true }) attendance: ReportAttendance | null;
  @Field() stuck: boolean;
}

@ObjectType()
export class ReportWrongAnswer {
  @Field() text: string;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'A question many learners got wrong, with what they answered' })
export class ReportMissedQuestion {
  @Field(() => ID) lessonId: string;
  @Field(() => ID) questionId: string;
  @Field() prompt: string;
  @Field(() => Int) wrongAttempts: number;
  @Field(() => Int) learnersWrong: number;
  @Field(() => [ReportWrongAnswer]) commonWrongAnswers: ReportWrongAnswer[];
}

@ObjectType({
  description: "A group's report: completion, scores, time on task, most-missed questions, attendance",
})
export class GroupReport {
  @Field(() => ID) groupId: string;
  @Field() groupName: string;
  @Field(() => Date, { description: 'When the figures were computed' }) at: Date;
  @Field(() => [ReportLessonRow]) lessons: ReportLessonRow[];
  @Field(() => [ReportLearnerRow]) learners: ReportLearnerRow[];
  @Field(() => [ReportMissedQuestion]) mostMissed: ReportMissedQuestion[];
}

@ObjectType()
export class LearnerReportStep {
  @Field(() => ID) stepId: string;
  @Field() title: string;
  @Field({ description: "The engine's step status: not-started, in-progress, completed, passed, failed…" })
  status: string;
  @Field(() => Int) attempts: number;
  @Field(() => Int) hintsUsed: number;
  @Field(() => Float) timeMs: number;
  @Field(() => Float, { nullable: true }) score: number | null;
}

@ObjectType({ description: "One lesson of a learner's report, step by step" })
export class LearnerReportLesson {
  @Field(() => ID) lessonId: string;
  @Field() title: string;
  @Field({ description: 'not-started, in-progress or completed' }) status: string;
  @Field(() => Float, { description: 'Share of the steps done, 0..1' }) completion: number;
  @Field(() => Float, { nullable: true }) score: number | null;
  @Field(() => Int) attempts: number;
  @Field(() => Int) hintsUsed: number;
  @Field(() => Float) timeMs: number;
  @Field(() => Date, { nullable: true }) lastSeenAt: Date | null;
  @Field(() => [LearnerReportStep]) steps: LearnerReportStep[];
}

@ObjectType({ description: "One learner's report: every lesson of the group's courses, step by step" })
export class LearnerReport {
  @Field(() => ID) groupId: string;
  @Field(() => ID) learnerId: string;
  @Field() name: string;
  @Field(() => Date, { nullable: true }) lastSeenAt: Date | null;
  @Field(() => [LearnerReportLesson]) lessons: LearnerReportLesson[];
}
