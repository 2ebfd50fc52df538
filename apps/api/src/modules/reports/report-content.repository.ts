import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { CourseRecord, LessonRecord } from '../catalog/catalog.schema';

export type ReportCourse = Pick<CourseRecord, 'slug' | 'title' | 'fallbackLocale' | 'modules'>;
export type ReportLessonRecord = Pick<LessonRecord, 'courseSlug' | 'lessonId' | 'definition'>;

/** Reads the courses and lessons a report covers (the catalog's collections, read only). */
@Injectable()
export class ReportContentRepository {
  constructor(
    @InjectModel(CourseRecord.name) private readonly courses: Model<CourseRecord>,
    @InjectModel(LessonRecord.name) private readonly lessons: Model<LessonRecord>,
  ) {}

  findCourses(slugs: readonly string[]): Promise<ReportCourse[]> {
    return this.courses
      .find({ slug: { $in: slugs } }, { slug: 1, title: 1, fallbackLocale: 1, modules: 1, _id: 0 })
      .lean<ReportCourse[]>()
      .exec();
  }

  /** Archived lessons too: a learner's progress in a lesson since removed still counts. */
  findLessons(courseSlugs: readonly string[]): Promise<ReportLessonRecord[]> {
    return this.lessons
      .find({ courseSlug: { $in: courseSlugs } }, { courseSlug: 1, lessonId: 1, definition: 1, _id: 0 })
      .lean<ReportLessonRecord[]>()
      .exec();
  }

  /** The outline of a few lessons (names, step kinds, checkpoints), by the catalog's unique key. */
  findOutlinesByKey(
    keys: readonly { courseSlug: string; lessonId: string }[],
  ): Promise<ReportLessonRecord[]> {
    if (!keys.length) return Promise.resolve([]);
    return this.lessons
      .find(
        { $or: keys.map(({ courseSlug, lessonId }) => ({ courseSlug, lessonId })) },
        {
          _id: 0,
          courseSlug: 1,
          lessonId: 1,
          'definition.id': 1,
          'definition.title': 1,
          'definition.fallbackLocale': 1,
          'definition.steps.id': 1,
          'definition.steps.kind': 1,
          'definition.steps.title': 1,
          'definition.steps.checkpoints.id': 1,
          'definition.steps.checkpoints.guidance': 1,
        },
      )
      .lean<ReportLessonRecord[]>()
      .exec();
  }
}
