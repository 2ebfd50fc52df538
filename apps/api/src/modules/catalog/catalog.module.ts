import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CatalogRepository } from './catalog.repository';
import { CatalogResolver } from './catalog.resolver';
import { CourseRecord, CourseSchema, LessonRecord, LessonSchema } from './catalog.schema';
import { CatalogService } from './catalog.service';
import { ContentGeneration } from './content-generation';
import { ContentImportService } from './content-import.service';
import { MediaController } from './media.controller';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: CourseRecord.name, schema: CourseSchema },
      { name: LessonRecord.name, schema: LessonSchema },
    ]),
  ],
  controllers: [MediaController],
  providers: [CatalogRepository, CatalogService, CatalogResolver, ContentImportService, ContentGeneration],
  exports: [ContentImportService, ContentGeneration],
})
export class CatalogModule {}
