import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { CourseRecord, LessonRecord } from '../catalog/catalog.schema';

export type PrintableCourse = Pick<
  CourseRecord,
  'slug' | 'title' | 'languages' | 'fallbackLocale' | 'modules'
>;
export type PrintableLesson = Pick<LessonRecord, 'lessonId' | 'definition'>;

/** Reads the catalogue's stored courses and lessons for their downloads; writes nothing. */
@Injectable()
export class PrintablesRepository {
  constructor(
    @InjectModel(CourseRecord.name) private readonly courses: Model<CourseRecord>,
    @InjectModel(LessonRecord.name) private readonly lessons: Model<LessonRecord>,
  ) {}

  findActiveCourse(slug: string): Promise<PrintableCourse | null> {
    return this.courses
      .findOne({ slug, archived: false }, { slug: 1, title: 1, languages: 1, fallbackLocale: 1, modules: 1 })
      .lean<PrintableCourse>()
      .exec();
  }

  findActiveLessons(courseSlug: string): Promise<PrintableLesson[]> {
    return this.lessons
      .find({ courseSlug, archived: false }, { lessonId: 1, 'definition.steps': 1 })
      .lean<PrintableLesson[]>()
      .exec();
  }
}
