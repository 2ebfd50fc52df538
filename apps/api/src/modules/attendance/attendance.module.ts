import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { SchedulesModule } from '../schedules/schedules.module';
import { AttendanceMarkRecord, AttendanceMarkSchema } from './attendance-mark.schema';
import { AttendanceMarksRepository } from './attendance-marks.repository';
import { AttendanceService } from './attendance.service';

/** Who came to each session: derived from activity, corrected by the trainer. */
@Module({
  imports: [
    SchedulesModule,
    MongooseModule.forFeature([{ name: AttendanceMarkRecord.name, schema: AttendanceMarkSchema }]),
  ],
  providers: [AttendanceMarksRepository, AttendanceService],
  exports: [AttendanceService],
})
export class AttendanceModule {}
