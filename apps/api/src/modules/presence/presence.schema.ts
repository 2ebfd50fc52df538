import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * What a learner's browser last said about itself: how many events wait in its local queue, whether
 * a lesson page is open, when it was last online. One document per learner, overwritten by each
 * report; it expires a day after the last one (the live view only cares about the last minutes).
 */
@Schema({ collection: 'learner_presence' })
export class PresenceRecord {
  @Prop({ required: true }) learnerId: string;
  @Prop({ required: true }) pendingEvents: number;
  @Prop({ required: true }) lessonOpen: boolean;
  /** The browser's own clock: when it last had a connection (for the trainer's information). */
  @Prop({ type: Date, default: null }) lastOnlineAt: Date | null;
  /** The server's clock: when this report arrived. The live rule reads this one only. */
  @Prop({ required: true }) contactAt: Date;
  @Prop({ required: true }) expiresAt: Date;
}
export const PresenceSchema = SchemaFactory.createForClass(PresenceRecord);
// The live view reads a group's learners by id on every poll; one document per learner.
PresenceSchema.index({ learnerId: 1 }, { unique: true });
PresenceSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });
