import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { CourseRecord, LessonRecord } from './catalog.schema';

export type CourseUpsert = Omit<CourseRecord, 'archived'>;
export type LessonUpsert = Omit<LessonRecord, 'archived'>;

/** The only code that touches the catalog's mongoose models. */
@Injectable()
export class CatalogRepository {
  constructor(
    @InjectModel(CourseRecord.name) private readonly courses: Model<CourseRecord>,
    @InjectModel(LessonRecord.name) private readonly lessons: Model<LessonRecord>,
  ) {}

  listActiveCourses(): Promise<CourseRecord[]> {
    return this.courses.find({ archived: false }).sort({ slug: 1 }).lean<CourseRecord[]>().exec();
  }

  findActiveCourse(slug: string): Promise<CourseRecord | null> {
    return this.courses.findOne({ slug, archived: false }).lean<CourseRecord>().exec();
  }

  /** The course's trainer's guide `src` (archived or not: its files stay private either way). */
  async findTrainerGuideSrc(slug: string): Promise<string | null> {
    const course = await this.courses
      .findOne({ slug }, { _id: 0, trainerGuideSrc: 1 })
      .lean<{ trainerGuideSrc?: string | null }>()
      .exec();
    return course?.trainerGuideSrc ?? null;
  }

  findActiveLessons(courseSlug: string): Promise<LessonRecord[]> {
    return this.lessons.find({ courseSlug, archived: false }).lean<LessonRecord[]>().exec();
  }

  countCourses(): Promise<number> {
    return this.courses.countDocuments().exec();
  }

  /** Returns true when the stored course changed. */
  async upsertCourse(course: CourseUpsert): Promise<boolean> {
    const result = await this.courses
      .updateOne(
        { slug: course.slug, $or: [{ contentVersion: { $ne: course.contentVersion } }, { archived: true }] },
        { $set: { ...course, archived: false } },
        { upsert: false },
      )
      .exec();
    if (result.modifiedCount > 0) return true;
    const inserted = await this.courses
      .updateOne({ slug: course.slug }, { $setOnInsert: { ...course, archived: false } }, { upsert: true })
      .exec();
    return inserted.upsertedCount > 0;
  }

  /** Returns true when the stored lesson changed. */
  async upsertLesson(lesson: LessonUpsert): Promise<boolean> {
    const key = { courseSlug: lesson.courseSlug, lessonId: lesson.lessonId };
    const changed = await this.lessons
      .updateOne(
        { ...key, $or: [{ contentVersion: { $ne: lesson.contentVersion } }, { archived: true }] },
        { $set: { ...lesson, archived: false } },
      )
      .exec();
    if (changed.modifiedCount > 0) return true;
    const inserted = await this.lessons
      .updateOne(key, { $setOnInsert: { ...lesson, archived: false } }, { upsert: true })
      .exec();
    return inserted.upsertedCount > 0;
  }

  /** Archives the course's lessons whose ids are not in `keep`; returns how many. */
  async archiveLessonsExcept(courseSlug: string, keep: string[]): Promise<number> {
    const result = await this.lessons
      .updateMany({ courseSlug, lessonId: { $nin: keep }, archived: false }, { $set: { archived: true } })
      .exec();
    return result.modifiedCount;
  }

  async archiveCoursesExcept(keep: string[]): Promise<number> {
    const result = await this.courses
      .updateMany({ slug: { $nin: keep }, archived: false }, { $set: { archived: true } })
      .exec();
    return result.modifiedCount;
  }
}
