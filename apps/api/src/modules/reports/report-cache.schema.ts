import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';
import { type CachedReportRow } from './report-rows';

/**
 * Each learner-lesson row of a group's report as last computed, with the progress document's
 * activity time it was computed from: a report re-reads only the lessons that changed since. One
 * document per group, in MongoDB like all state, so every API instance shares it.
 */
@Schema({ collection: 'report_rows', timestamps: true, minimize: false })
export class ReportRowsRecord {
  @Prop({ required: true, unique: true }) groupId: string;
  @Prop({ type: [MongooseSchema.Types.Mixed], default: [] }) rows: CachedReportRow[];
}
export const ReportRowsSchema = SchemaFactory.createForClass(ReportRowsRecord);
