import { AUDIENCES } from '@punte/content';
import { LOCALES } from '@punte/course-engine';
import { type Audience, type Locale } from '../../common/contract-enums';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { type HydratedDocument, Schema as MongooseSchema } from 'mongoose';

export type LocalizedTextRecord = Record<string, string>;

@Schema({ _id: false })
export class CourseModuleRecord {
  @Prop({ required: true }) id: string;
  @Prop({ type: MongooseSchema.Types.Mixed, required: true }) title: LocalizedTextRecord;
  @Prop({ type: MongooseSchema.Types.Mixed }) summary?: LocalizedTextRecord;
  @Prop({ type: [String], default: [] }) lessonIds: string[];
}
const CourseModuleRecordSchema = SchemaFactory.createForClass(CourseModuleRecord);

/** A plan the learner assembles from the course's worksheet steps (course.yaml `documents`). */
export interface CourseDocumentRecord {
  id: string;
  title: LocalizedTextRecord;
  intro?: LocalizedTextRecord;
}

@Schema({ collection: 'courses', timestamps: true })
export class CourseRecord {
  @Prop({ required: true, unique: true }) slug: string;
  @Prop({ type: MongooseSchema.Types.Mixed, required: true }) title: LocalizedTextRecord;
  @Prop({ type: MongooseSchema.Types.Mixed, required: true }) summary: LocalizedTextRecord;
  @Prop({ type: String, enum: AUDIENCES, required: true }) audience: Audience;
  @Prop({ type: [String], enum: LOCALES, required: true }) languages: Locale[];
  @Prop({ type: String, enum: LOCALES, required: true }) fallbackLocale: Locale;
  @Prop({ required: true }) estimatedMinutes: number;
  @Prop() coverPath?: string;
  @Prop({ type: MongooseSchema.Types.Mixed }) coverAlt?: LocalizedTextRecord;
  @Prop({ type: [CourseModuleRecordSchema], default: [] }) modules: CourseModuleRecord[];
  @Prop({ type: [MongooseSchema.Types.Mixed], default: [] }) documents?: CourseDocumentRecord[];
  /** The trainer's guide, `media/….{locale}.md`: served to trainers and admins only, never as media. */
  @Prop({ type: String, default: null }) trainerGuideSrc?: string | null;
  @Prop({ required: true }) contentVersion: string;
  @Prop({ default: false }) archived: boolean;
}
export type CourseDocument = HydratedDocument<CourseRecord>;
export const CourseSchema = SchemaFactory.createForClass(CourseRecord);
CourseSchema.index({ archived: 1, slug: 1 });

@Schema({ collection: 'lessons', timestamps: true })
export class LessonRecord {
  @Prop({ required: true }) courseSlug: string;
  @Prop({ required: true }) lessonId: string;
  @Prop({ type: MongooseSchema.Types.Mixed, required: true }) title: LocalizedTextRecord;
  @Prop({ type: MongooseSchema.Types.Mixed }) summary?: LocalizedTextRecord;
  @Prop({ required: true }) estimatedMinutes: number;
  @Prop({ required: true }) stepCount: number;
  /** The full lesson definition, answer key included: never exposed to learners as is. */
  @Prop({ type: MongooseSchema.Types.Mixed, required: true }) definition: Record<string, unknown>;
  @Prop({ required: true }) contentVersion: string;
  /** Lessons removed from the files are archived, never deleted, so progress stays. */
  @Prop({ default: false }) archived: boolean;
}
export type LessonDocument = HydratedDocument<LessonRecord>;
export const LessonSchema = SchemaFactory.createForClass(LessonRecord);
LessonSchema.index({ courseSlug: 1, lessonId: 1 }, { unique: true });
