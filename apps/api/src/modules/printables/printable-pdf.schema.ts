import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * A PDF already made, keyed by what it is made from (see printables.service.ts). Making one costs
 * a few hundred milliseconds of CPU; with the cache, a public route can make at most one per file
 * and language however often it is asked, and every API instance shares it.
 */
@Schema({ collection: 'printable_pdfs', timestamps: { createdAt: true, updatedAt: false } })
export class PrintablePdfRecord {
  @Prop({ required: true, unique: true }) key: string;
  @Prop({ type: Buffer, required: true }) bytes: Buffer;
  createdAt?: Date;
}
export const PrintablePdfSchema = SchemaFactory.createForClass(PrintablePdfRecord);
// An edited file gets a new key; the old PDF goes after a month.
PrintablePdfSchema.index({ createdAt: 1 }, { expireAfterSeconds: 30 * 24 * 3600 });
