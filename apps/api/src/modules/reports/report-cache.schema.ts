import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';
import { type CachedReportRow } from './report-rows';

/**
 * One learner-lesson row of a group's report as last computed, with the progress document's
 * activity time and revision it was computed from: a report re-reads only the lessons that changed
 * and rewrites only their rows. In MongoDB like all state, so every API instance shares them.
 */
@Schema({ collection: 'report_rows', minimize: false })
export class ReportRowRecord {
  @Prop({ required: true }) groupId: string;
  @Prop({ required: true }) learnerId: string;
  @Prop({ required: true }) courseSlug: string;
  @Prop({ required: true }) lessonId: string;
  @Prop({ type: MongooseSchema.Types.Mixed, required: true }) row: CachedReportRow;
}
export const ReportRowSchema = SchemaFactory.createForClass(ReportRowRecord);
// A group's rows in one indexed range; the full key makes a recomputed row replace its old one.
ReportRowSchema.index({ groupId: 1, learnerId: 1, courseSlug: 1, lessonId: 1 }, { unique: true });
