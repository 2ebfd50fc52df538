import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { CourseRecord, LessonRecord } from '../catalog/catalog.schema';

export type CourseOutline = Pick<
  CourseRecord,
  'slug' | 'title' | 'languages' | 'fallbackLocale' | 'modules' | 'contentVersion'
>;
export type StoredLesson = Pick<LessonRecord, 'courseSlug' | 'lessonId' | 'definition' | 'contentVersion'>;
/** A lesson's outline: its steps' ids, kinds and titles, without their text. */
export interface LessonShape {
  lessonId: string;
  stepCount: number;
  title: Record<string, string>;
  definition: { steps: { id: string; kind: string; title: Record<string, string> }[] };
}

const OUTLINE = { slug: 1, title: 1, languages: 1, fallbackLocale: 1, modules: 1, contentVersion: 1 };

/** Reads the imported content the player needs: always lean, only the fields used. */
@Injectable()
export class LessonContentRepository {
  constructor(
    @InjectModel(CourseRecord.name) private readonly courses: Model<CourseRecord>,
    @InjectModel(LessonRecord.name) private readonly lessons: Model<LessonRecord>,
  ) {}

  findCourse(slug: string): Promise<CourseOutline | null> {
    return this.courses.findOne({ slug, archived: false }, OUTLINE).lean<CourseOutline>().exec();
  }

  findLesson(courseSlug: string, lessonId: string): Promise<StoredLesson | null> {
    return this.lessons
      .findOne(
        { courseSlug, lessonId, archived: false },
        { courseSlug: 1, lessonId: 1, definition: 1, contentVersion: 1 },
      )
      .lean<StoredLesson>()
      .exec();
  }

  /** Only the version: enough to know whether a lesson read earlier is still the current one. */
  findLessonVersion(courseSlug: string, lessonId: string): Promise<{ contentVersion: string } | null> {
    // Read for every graded batch: the driver directly, without a mongoose query's casting and hooks.
    return this.lessons.collection.findOne<{ contentVersion: string }>(
      { courseSlug, lessonId, archived: false },
      { projection: { _id: 0, contentVersion: 1 } },
    );
  }

  /** Every active lesson of a course in one query (course progress, completion). */
  findLessonShapes(courseSlug: string): Promise<LessonShape[]> {
    return this.lessons
      .find(
        { courseSlug, archived: false },
        {
          lessonId: 1,
          stepCount: 1,
          title: 1,
          'definition.steps.id': 1,
          'definition.steps.kind': 1,
          'definition.steps.title': 1,
        },
      )
      .lean<LessonShape[]>()
      .exec();
  }
}
