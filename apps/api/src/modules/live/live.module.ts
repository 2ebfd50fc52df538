import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { HelpMarkRecord, HelpMarkSchema } from './help-mark.schema';
import { PresenceModule } from '../presence/presence.module';
import { ReportsModule } from '../reports/reports.module';
import { HelpMarksRepository } from './help-marks.repository';
import { LiveService } from './live.service';

/** The trainer's live view of the room; all its state is in MongoDB so any API instance can answer. */
@Module({
  imports: [
    ReportsModule,
    PresenceModule,
    MongooseModule.forFeature([{ name: HelpMarkRecord.name, schema: HelpMarkSchema }]),
  ],
  providers: [HelpMarksRepository, LiveService],
  exports: [HelpMarksRepository, LiveService],
})
export class LiveModule {}
