import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

export type AccountLinkKind = 'invitation' | 'reset';

/** A one-use link (invitation of a trainer, password reset); only the token's hash is kept. */
@Schema({ collection: 'account_links', versionKey: false })
export class AccountLinkRecord {
  @Prop({ required: true, unique: true }) tokenHash: string;
  @Prop({ type: String, enum: ['invitation', 'reset'], required: true }) kind: AccountLinkKind;
  /** Reset: whose password. */
  @Prop() userId?: string;
  /** Invitation: the address invited. */
  @Prop() email?: string;
  @Prop({ required: true }) createdBy: string;
  @Prop({ required: true }) expiresAt: Date;
  @Prop({ type: Date, default: null }) usedAt: Date | null;
}
export const AccountLinkSchema = SchemaFactory.createForClass(AccountLinkRecord);
