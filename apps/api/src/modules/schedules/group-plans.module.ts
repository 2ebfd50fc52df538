import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AttendanceModule } from '../attendance/attendance.module';
import { GroupPlanRecord, GroupPlanSchema } from './group-plan.schema';
import { GroupPlansRepository } from './group-plans.repository';
import { GroupPlansService } from './group-plans.service';
import { SchedulesModule } from './schedules.module';

/** A group's plan (courses, place, schedule, co-trainers, archive) and the sessions it generates. */
@Module({
  imports: [
    SchedulesModule,
    AttendanceModule,
    MongooseModule.forFeature([{ name: GroupPlanRecord.name, schema: GroupPlanSchema }]),
  ],
  providers: [GroupPlansRepository, GroupPlansService],
  exports: [GroupPlansService],
})
export class GroupPlansModule {}
