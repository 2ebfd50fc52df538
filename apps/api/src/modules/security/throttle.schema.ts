import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * Failed attempts for one key (an account, an e-mail, an IP address), in MongoDB so that limits hold
 * across restarts and across API instances.
 */
@Schema({ collection: 'throttles', versionKey: false })
export class ThrottleRecord {
  @Prop({ required: true, unique: true }) key: string;
  @Prop({ required: true }) failures: number;
  /** Failures older than this no longer count. */
  @Prop({ required: true }) windowEndsAt: Date;
  @Prop({ type: Date, default: null }) lockedUntil: Date | null;
}
export const ThrottleSchema = SchemaFactory.createForClass(ThrottleRecord);
// Real MongoDB drops stale counters by itself; reads never trust an ended window anyway.
ThrottleSchema.index({ windowEndsAt: 1 }, { expireAfterSeconds: 86_400 });
