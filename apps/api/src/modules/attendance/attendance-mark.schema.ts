import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** The trainer's word on one learner at one session; wins over what activity suggests. */
@Schema({ collection: 'attendance_marks', timestamps: true })
export class AttendanceMarkRecord {
  @Prop({ required: true }) groupId: string;
  /** The session's local date: marks survive a change of the session's times. */
  @Prop({ required: true }) sessionDate: string;
  @Prop({ required: true }) learnerId: string;
  @Prop({ required: true }) present: boolean;
  @Prop({ required: true }) markedBy: string;
  @Prop({ required: true }) markedAt: Date;
}
export const AttendanceMarkSchema = SchemaFactory.createForClass(AttendanceMarkRecord);
AttendanceMarkSchema.index({ groupId: 1, sessionDate: 1, learnerId: 1 }, { unique: true });
