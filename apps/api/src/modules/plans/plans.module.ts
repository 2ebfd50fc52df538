import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CourseRecord, CourseSchema, LessonRecord, LessonSchema } from '../catalog/catalog.schema';
import { GroupsModule } from '../groups/groups.module';
import { LessonProgressRecord, LessonProgressSchema } from '../progress/progress.schema';
import { PlanPdfController } from './plan-pdf.controller';
import { PlansRepository } from './plans.repository';
import { PlansResolver } from './plans.resolver';
import { PlansService } from './plans.service';

/** The learner's plans (course documents) assembled from their worksheets; a trainer reads them. */
@Module({
  imports: [
    GroupsModule,
    MongooseModule.forFeature([
      { name: CourseRecord.name, schema: CourseSchema },
      { name: LessonRecord.name, schema: LessonSchema },
      { name: LessonProgressRecord.name, schema: LessonProgressSchema },
    ]),
  ],
  controllers: [PlanPdfController],
  providers: [PlansRepository, PlansService, PlansResolver],
})
export class PlansModule {}
