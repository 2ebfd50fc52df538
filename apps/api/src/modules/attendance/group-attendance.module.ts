import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module';
import { ReportsModule } from '../reports/reports.module';
import { SchedulesModule } from '../schedules/schedules.module';
import { AttendanceModule } from './attendance.module';
import { AttendanceResolver } from './attendance.resolver';
import { GroupAttendanceService } from './group-attendance.service';

/** Attendance as trainers and co-trainers take it (GraphQL). */
@Module({
  imports: [GroupsModule, AttendanceModule, SchedulesModule, ReportsModule],
  providers: [GroupAttendanceService, AttendanceResolver],
})
export class GroupAttendanceModule {}
