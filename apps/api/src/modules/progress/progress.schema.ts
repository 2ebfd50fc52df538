import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { type LessonEvent, type LessonSnapshot } from '@punte/course-engine';
import { Schema as MongooseSchema } from 'mongoose';
import { type PlayerVerdict } from '../lessons/verdict';

/** One learner event as kept in the log: what the learner did and, for answers, what they were told. */
export interface LoggedEvent {
  /** Made by the learner's browser: a batch sent again is recognised by it. */
  id: string;
  /** The learner's clock (ms since epoch). */
  at: number;
  receivedAt: Date;
  event: LessonEvent;
  verdict?: PlayerVerdict;
}

/** An event the engine refused: kept only so that the same batch sent again gets the same answer. */
export interface RefusalReceipt {
  id: string;
  reason: string;
}

export interface QuizResult {
  stepId: string;
  score: number;
  passed: boolean;
}

export type LessonStatus = 'in-progress' | 'completed';

/** A learner's progress in one lesson: the event log, the engine's snapshot, and what lists read. */
@Schema({ collection: 'lesson_progress', timestamps: true, minimize: false })
export class LessonProgressRecord {
  @Prop({ required: true }) learnerId: string;
  @Prop({ required: true }) courseSlug: string;
  @Prop({ required: true }) lessonId: string;
  /** Shuffles questions and options: the same order on every device. */
  @Prop({ required: true }) seed: string;
  /** Optimistic concurrency: a write applies only to the revision it was computed from. */
  @Prop({ required: true }) revision: number;
  @Prop({ type: [MongooseSchema.Types.Mixed], default: [] }) events: LoggedEvent[];
  /** The log's length, so a batch need not read the log itself. */
  @Prop({ required: true, default: 0 }) eventCount: number;
  @Prop({ type: [MongooseSchema.Types.Mixed], default: [] }) refused: RefusalReceipt[];
  @Prop({ type: MongooseSchema.Types.Mixed, required: true }) snapshot: LessonSnapshot;
  @Prop({ required: true }) contentVersion: string;
  @Prop({ type: String, required: true }) status: LessonStatus;
  @Prop({ type: String, default: null }) currentStepId: string | null;
  /** 1-based position of the current step in the lesson; stepCount + 1 once finished. */
  @Prop({ required: true }) stepNumber: number;
  @Prop({ required: true }) stepCount: number;
  @Prop({ type: [MongooseSchema.Types.Mixed], default: [] }) quizzes: QuizResult[];
  /** Every quiz step of the lesson passed at its mastery threshold. */
  @Prop({ required: true }) allQuizzesPassed: boolean;
  @Prop({ type: Date, default: null }) completedAt: Date | null;
  @Prop({ required: true }) lastActivityAt: Date;
}
export const LessonProgressSchema = SchemaFactory.createForClass(LessonProgressRecord);
// One document per learner and lesson; its prefix serves "my progress in this course".
LessonProgressSchema.index({ learnerId: 1, courseSlug: 1, lessonId: 1 }, { unique: true });

/** A course finished: every lesson completed and every quiz passed. Written once, with its date. */
@Schema({ collection: 'course_completions', timestamps: true })
export class CourseCompletionRecord {
  @Prop({ required: true }) learnerId: string;
  @Prop({ required: true }) courseSlug: string;
  @Prop({ required: true }) completedAt: Date;
  @Prop({ required: true }) contentVersion: string;
}
export const CourseCompletionSchema = SchemaFactory.createForClass(CourseCompletionRecord);
CourseCompletionSchema.index({ learnerId: 1, courseSlug: 1 }, { unique: true });
