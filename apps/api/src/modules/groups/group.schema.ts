import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** A trainer's group of learners; the groups issue adds schedules and reports. */
@Schema({ collection: 'groups', timestamps: true })
export class GroupRecord {
  @Prop({ required: true }) name: string;
  @Prop({ required: true }) trainerId: string;
  @Prop({ required: true, unique: true }) joinCode: string;
  @Prop({ required: true }) capacity: number;
  /** Decremented atomically on each join, so a full group never admits one more. */
  @Prop({ required: true }) seatsLeft: number;
  @Prop({ type: Date, default: null }) endsAt: Date | null;
  /** Archived groups admit no one and leave the trainer's list; nothing of them is deleted. */
  @Prop({ type: Date, default: null }) archivedAt: Date | null;
  createdAt?: Date;
}
export const GroupSchema = SchemaFactory.createForClass(GroupRecord);
// A trainer's list of groups, newest first.
GroupSchema.index({ trainerId: 1, createdAt: -1 });
// An administrator's list of every group still running.
GroupSchema.index({ archivedAt: 1, createdAt: -1 });
