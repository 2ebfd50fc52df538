import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** The trainer pressed "helped" on a learner's card: the stuck flag clears until they get stuck again. */
@Schema({ collection: 'live_help_marks', timestamps: true })
export class HelpMarkRecord {
  @Prop({ required: true }) groupId: string;
  @Prop({ required: true }) learnerId: string;
  @Prop({ required: true }) helpedAt: Date;
  @Prop({ required: true }) helpedBy: string;
}
export const HelpMarkSchema = SchemaFactory.createForClass(HelpMarkRecord);
// The live view reads a group's marks on every poll: one indexed range.
HelpMarkSchema.index({ groupId: 1, learnerId: 1 }, { unique: true });
