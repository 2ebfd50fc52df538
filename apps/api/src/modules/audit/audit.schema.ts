import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';
import { AUDIT_EVENTS, type AuditEvent } from './audit-event';

/** One security event; never updated, never shown to anyone but admins. */
@Schema({ collection: 'audit_log', versionKey: false })
export class AuditRecord {
  @Prop({ required: true }) at: Date;
  @Prop({ type: String, enum: AUDIT_EVENTS, required: true }) event: AuditEvent;
  @Prop({ type: String, default: null }) actorId: string | null;
  @Prop({ type: String, default: null }) subjectId: string | null;
  @Prop({ type: String, default: null }) ip: string | null;
  /** Short facts (roles set, group name); never a password, PIN or token. */
  @Prop({ type: MongooseSchema.Types.Mixed, default: {} }) detail: Record<string, string>;
}
export const AuditSchema = SchemaFactory.createForClass(AuditRecord);
AuditSchema.index({ at: -1 });
