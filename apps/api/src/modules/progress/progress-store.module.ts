import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import {
  CourseCompletionRecord,
  CourseCompletionSchema,
  LessonProgressRecord,
  LessonProgressSchema,
} from './progress.schema';
import { ProgressRepository } from './progress.repository';

/** The progress collections alone, for the modules that read them (the lesson view) and write them. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: LessonProgressRecord.name, schema: LessonProgressSchema },
      { name: CourseCompletionRecord.name, schema: CourseCompletionSchema },
    ]),
  ],
  providers: [ProgressRepository],
  exports: [ProgressRepository],
})
export class ProgressStoreModule {}
