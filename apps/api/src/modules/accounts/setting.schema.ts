import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';

/**
 * Install-wide settings, one document per name. The document named `first-admin` is inserted once:
 * its unique _id is what makes two concurrent first-run attempts create exactly one administrator.
 */
@Schema({ collection: 'settings', versionKey: false })
export class SettingRecord {
  @Prop({ type: String, required: true }) _id: string;
  @Prop({ type: MongooseSchema.Types.Mixed, required: true }) value: unknown;
}
export const SettingSchema = SchemaFactory.createForClass(SettingRecord);

export const FIRST_ADMIN_SETTING = 'first-admin';
export const OPEN_SIGN_UP_SETTING = 'open-sign-up';
