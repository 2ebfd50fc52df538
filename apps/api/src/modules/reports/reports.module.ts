import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CourseRecord, CourseSchema, LessonRecord, LessonSchema } from '../catalog/catalog.schema';
import { AttendanceModule } from '../attendance/attendance.module';
import { LessonProgressView, LessonProgressViewSchema } from './progress-view.schema';
import { ProgressViewRepository } from './progress-view.repository';
import { ReportRowRecord, ReportRowSchema } from './report-cache.schema';
import { ReportRowsRepository } from './report-rows.repository';
import { ReportContentRepository } from './report-content.repository';
import { ReportContentService } from './report-content.service';
import { ReportService } from './report.service';

/** Group and learner reports and their CSV export; reads the catalog and progress, writes nothing. */
@Module({
  imports: [
    AttendanceModule,
    // The catalog's own schemas: mongoose reuses the models the catalog module registered.
    MongooseModule.forFeature([
      { name: CourseRecord.name, schema: CourseSchema },
      { name: LessonRecord.name, schema: LessonSchema },
      { name: LessonProgressView.name, schema: LessonProgressViewSchema },
      { name: ReportRowRecord.name, schema: ReportRowSchema },
    ]),
  ],
  providers: [
    ReportContentRepository,
    ReportContentService,
    ProgressViewRepository,
    ReportRowsRepository,
    ReportService,
  ],
  exports: [ReportContentService, ProgressViewRepository, ReportService],
})
export class ReportsModule {}
