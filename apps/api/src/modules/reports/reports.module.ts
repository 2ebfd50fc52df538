import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CourseRecord, CourseSchema, LessonRecord, LessonSchema } from '../catalog/catalog.schema';
import { ReportContentRepository } from './report-content.repository';
import { ReportContentService } from './report-content.service';

/** Group and learner reports and their CSV export; reads the catalog and progress, writes nothing. */
@Module({
  imports: [
    // The catalog's own schemas: mongoose reuses the models the catalog module registered.
    MongooseModule.forFeature([
      { name: CourseRecord.name, schema: CourseSchema },
      { name: LessonRecord.name, schema: LessonSchema },
    ]),
  ],
  providers: [ReportContentRepository, ReportContentService],
  exports: [ReportContentService],
})
export class ReportsModule {}
