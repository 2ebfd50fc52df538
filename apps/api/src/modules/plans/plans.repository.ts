import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { CourseRecord, LessonRecord } from '../catalog/catalog.schema';
import { LessonProgressRecord } from '../progress/progress.schema';
import { type PlanCourse, type PlanLesson, type PlanProgress } from './plan-assembly';
import { type PlanLessonOf, type SheetAnswers } from './plan-links';

/** Reads, never writes: the course's documents, its lessons' steps and a learner's snapshots. */
@Injectable()
export class PlansRepository {
  constructor(
    @InjectModel(CourseRecord.name) private readonly courses: Model<CourseRecord>,
    @InjectModel(LessonRecord.name) private readonly lessons: Model<LessonRecord>,
    @InjectModel(LessonProgressRecord.name) private readonly progress: Model<LessonProgressRecord>,
  ) {}

  findCourse(slug: string): Promise<PlanCourse | null> {
    return this.courses
      .findOne(
        { slug, archived: false },
        { slug: 1, title: 1, languages: 1, fallbackLocale: 1, modules: 1, documents: 1 },
      )
      .lean<PlanCourse>()
      .exec();
  }

  findLessons(courseSlug: string): Promise<PlanLesson[]> {
    return this.lessons
      .find({ courseSlug, archived: false }, { lessonId: 1, title: 1, 'definition.steps': 1 })
      .lean<PlanLesson[]>()
      .exec();
  }

  /** The learner's snapshots in this course, one query (the unique index's prefix answers it). */
  findSnapshots(learnerId: string, courseSlug: string): Promise<PlanProgress[]> {
    return this.progress
      .find({ learnerId, courseSlug }, { _id: 0, lessonId: 1, status: 1, snapshot: 1 })
      .lean<PlanProgress[]>()
      .exec();
  }

  /** The courses that declare documents (the only ones with plans): few, read whole through the archived index. */
  findCoursesWithPlans(): Promise<PlanCourse[]> {
    return this.courses
      .find(
        { archived: false },
        { slug: 1, title: 1, languages: 1, fallbackLocale: 1, modules: 1, documents: 1 },
      )
      .lean<PlanCourse[]>()
      .exec()
      .then((courses) => courses.filter((course) => (course.documents ?? []).length > 0));
  }

  findLessonsOf(courseSlugs: readonly string[]): Promise<PlanLessonOf[]> {
    return this.lessons
      .find(
        { courseSlug: { $in: [...courseSlugs] }, archived: false },
        { courseSlug: 1, lessonId: 1, 'definition.steps': 1 },
      )
      .lean<PlanLessonOf[]>()
      .exec();
  }

  /**
   * The plan sheets' answers of many learners in one query (the unique index's prefix answers it),
   * read out of their snapshots by `projection` (`answersProjection`): nothing else of the snapshot travels.
   */
  findSheetAnswers(
    learnerIds: readonly string[],
    courseSlugs: readonly string[],
    lessonIds: readonly string[],
    projection: Record<string, 0 | 1>,
  ): Promise<SheetAnswers[]> {
    return this.progress
      .find(
        {
          learnerId: { $in: [...learnerIds] },
          courseSlug: { $in: [...courseSlugs] },
          lessonId: { $in: [...lessonIds] },
        },
        projection,
      )
      .lean<SheetAnswers[]>()
      .exec();
  }
}
