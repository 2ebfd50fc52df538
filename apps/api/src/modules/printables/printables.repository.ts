import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { CourseRecord, LessonRecord } from '../catalog/catalog.schema';
import { PrintablePdfRecord } from './printable-pdf.schema';

export type PrintableCourse = Pick<
  CourseRecord,
  'slug' | 'title' | 'languages' | 'fallbackLocale' | 'modules' | 'trainerGuideSrc'
>;
export type PrintableLesson = Pick<LessonRecord, 'lessonId' | 'definition'>;

/** Reads the catalogue's stored courses and lessons for their downloads; keeps the PDFs made. */
@Injectable()
export class PrintablesRepository {
  constructor(
    @InjectModel(CourseRecord.name) private readonly courses: Model<CourseRecord>,
    @InjectModel(LessonRecord.name) private readonly lessons: Model<LessonRecord>,
    @InjectModel(PrintablePdfRecord.name) private readonly pdfs: Model<PrintablePdfRecord>,
  ) {}

  findActiveCourse(slug: string): Promise<PrintableCourse | null> {
    return this.courses
      .findOne(
        { slug, archived: false },
        { slug: 1, title: 1, languages: 1, fallbackLocale: 1, modules: 1, trainerGuideSrc: 1 },
      )
      .lean<PrintableCourse>()
      .exec();
  }

  findActiveLessons(courseSlug: string): Promise<PrintableLesson[]> {
    return this.lessons
      .find({ courseSlug, archived: false }, { lessonId: 1, 'definition.steps': 1 })
      .lean<PrintableLesson[]>()
      .exec();
  }

  async findPdf(key: string): Promise<Buffer | null> {
    const found = await this.pdfs.findOne({ key }, { bytes: 1 }).lean<{ bytes: unknown }>().exec();
    return found ? toBuffer(found.bytes) : null;
  }

  /** Two instances making the same PDF at once both succeed: the second write changes nothing. */
  async savePdf(key: string, bytes: Buffer): Promise<void> {
    await this.pdfs
      .updateOne({ key }, { $setOnInsert: { key, bytes, createdAt: new Date() } }, { upsert: true })
      .exec();
  }
}

/** A lean read gives the driver's Binary, not a Buffer. */
function toBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  const binary = value as { buffer: Uint8Array };
  return Buffer.from(binary.buffer);
}
