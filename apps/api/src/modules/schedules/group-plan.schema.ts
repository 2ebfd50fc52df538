import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';
import { LOCALES, type Locale } from '@punte/course-engine';
import { type Schedule } from './schedule';

/**
 * What makes a group a real group beyond its join code and members (the accounts module's group
 * record): courses, language, place, schedule, what to bring, co-trainers, archiving.
 */
@Schema({ collection: 'group_plans', timestamps: true, minimize: false })
export class GroupPlanRecord {
  @Prop({ required: true, unique: true }) groupId: string;
  @Prop({ type: String, enum: LOCALES, required: true }) language: Locale;
  @Prop({ type: [String], required: true }) courseSlugs: string[];
  @Prop({ type: MongooseSchema.Types.Mixed, required: true }) place: {
    library: string;
    room: string;
    address: string;
  };
  @Prop({ type: MongooseSchema.Types.Mixed, required: true }) schedule: Schedule;
  @Prop({ default: '' }) whatToBring: string;
  /** No progress on a step for this long: the live view flags the learner as stuck. */
  @Prop({ default: 10 }) stuckAfterMinutes: number;
  /** Volunteers who see the group as its trainer does. */
  @Prop({ type: [String], default: [], index: true }) coTrainerIds: string[];
  @Prop({ type: Date, default: null }) archivedAt: Date | null;
}
export const GroupPlanSchema = SchemaFactory.createForClass(GroupPlanRecord);
