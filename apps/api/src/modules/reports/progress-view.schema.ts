import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';

/**
 * A read-only view of the progress store's `lesson_progress` collection (one document per learner
 * and lesson, written by the progress module): only the fields reports and the live view read.
 * It declares no index and never creates the collection: the progress module owns both.
 */
@Schema({ collection: 'lesson_progress', strict: false, autoIndex: false, autoCreate: false })
export class LessonProgressView {
  @Prop() learnerId: string;
  @Prop() courseSlug: string;
  @Prop() lessonId: string;
  @Prop({ type: String }) status: 'in-progress' | 'completed';
  @Prop() lastActivityAt: Date;
  @Prop() revision: number;
  @Prop({ type: MongooseSchema.Types.Mixed }) snapshot: Record<string, unknown>;
  @Prop({ type: [MongooseSchema.Types.Mixed] }) events: Record<string, unknown>[];
}
export const LessonProgressViewSchema = SchemaFactory.createForClass(LessonProgressView);
