import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CourseRecord, CourseSchema, LessonRecord, LessonSchema } from '../catalog/catalog.schema';
import { PrintablePdfController } from './printable-pdf.controller';
import { PrintablePdfRecord, PrintablePdfSchema } from './printable-pdf.schema';
import { PrintablesRepository } from './printables.repository';
import { PrintablesResolver } from './printables.resolver';
import { PrintablesService } from './printables.service';

/** Course downloads as printable pages and PDFs, read from the catalogue and the course files. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: CourseRecord.name, schema: CourseSchema },
      { name: LessonRecord.name, schema: LessonSchema },
      { name: PrintablePdfRecord.name, schema: PrintablePdfSchema },
    ]),
  ],
  controllers: [PrintablePdfController],
  providers: [PrintablesRepository, PrintablesService, PrintablesResolver],
})
export class PrintablesModule {}
