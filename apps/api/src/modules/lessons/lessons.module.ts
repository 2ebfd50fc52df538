import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CatalogModule } from '../catalog/catalog.module';
import { CourseRecord, CourseSchema, LessonRecord, LessonSchema } from '../catalog/catalog.schema';
import { ProgressStoreModule } from '../progress/progress-store.module';
import { LessonContentRepository } from './lesson-content.repository';
import { LessonContentService } from './lesson-content.service';
import { LessonResolver } from './lesson.resolver';
import { LessonViewService } from './lesson-view.service';

/** The lesson player's content: public views, the answer key on the server, verdicts. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: CourseRecord.name, schema: CourseSchema },
      { name: LessonRecord.name, schema: LessonSchema },
    ]),
    ProgressStoreModule,
    CatalogModule,
  ],
  providers: [LessonContentRepository, LessonContentService, LessonViewService, LessonResolver],
  exports: [LessonContentRepository, LessonContentService],
})
export class LessonsModule {}
