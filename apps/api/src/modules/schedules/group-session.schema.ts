import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** One meeting of a group, generated from its schedule. */
@Schema({ collection: 'group_sessions', timestamps: true })
export class GroupSessionRecord {
  @Prop({ required: true }) groupId: string;
  /** The library's local date (YYYY-MM-DD): the session's key, stable when the times change. */
  @Prop({ required: true }) date: string;
  @Prop({ required: true }) startsAt: Date;
  @Prop({ required: true }) endsAt: Date;
  /**
   * The schedule changed and no longer includes this date, but attendance was taken on it:
   * it stays, so what the trainer recorded is not lost.
   */
  @Prop({ default: false }) offSchedule: boolean;
}
export const GroupSessionSchema = SchemaFactory.createForClass(GroupSessionRecord);
// A group's sessions in order; the unique key makes regenerating a schedule idempotent.
GroupSessionSchema.index({ groupId: 1, date: 1 }, { unique: true });
// "Which of these groups meets now": the live view and attendance look up the current session.
GroupSessionSchema.index({ groupId: 1, startsAt: 1 });
