import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { HelpMarkRecord, HelpMarkSchema } from './help-mark.schema';
import { HelpMarksRepository } from './help-marks.repository';

/** The trainer's live view of the room; all its state is in MongoDB so any API instance can answer. */
@Module({
  imports: [MongooseModule.forFeature([{ name: HelpMarkRecord.name, schema: HelpMarkSchema }])],
  providers: [HelpMarksRepository],
  exports: [HelpMarksRepository],
})
export class LiveModule {}
