import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Role } from '../../common/access';

/** A signed-in browser. Only the token's SHA-256 is kept: a copy of the database signs nobody in. */
@Schema({ collection: 'sessions', versionKey: false })
export class SessionRecord {
  @Prop({ required: true, unique: true }) tokenHash: string;
  @Prop({ required: true, index: true }) userId: string;
  /** A copy of the user's roles, kept in step on every role change, so a request costs one read. */
  @Prop({ type: [String], enum: Object.values(Role), required: true }) roles: Role[];
  @Prop({ required: true }) idleSeconds: number;
  @Prop({ required: true }) expiresAt: Date;
  @Prop({ required: true }) lastSeenAt: Date;
  @Prop({ required: true }) createdAt: Date;
}
export const SessionSchema = SchemaFactory.createForClass(SessionRecord);
// Real MongoDB removes ended sessions by itself; lookups never trust an ended one anyway.
SessionSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });
