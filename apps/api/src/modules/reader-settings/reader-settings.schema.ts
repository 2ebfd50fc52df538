import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** How one person likes to read, kept on their account so it follows them to any computer. */
@Schema({ collection: 'reader_settings', timestamps: true, versionKey: false })
export class ReaderSettingsRecord {
  @Prop({ required: true, unique: true }) userId: string;
  /** 1 to 2: 100% to 200% of the site's text size. */
  @Prop({ required: true }) textSize: number;
  @Prop({ required: true }) highContrast: boolean;
  @Prop({ required: true }) reducedMotion: boolean;
  @Prop({ required: true }) wideSpacing: boolean;
}
export const ReaderSettingsSchema = SchemaFactory.createForClass(ReaderSettingsRecord);
