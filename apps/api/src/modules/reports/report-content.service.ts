import { Injectable } from '@nestjs/common';
import { type LessonDefinition, type Locale, type PublicLesson, toPublicLesson } from '@punte/course-engine';
import { type LessonOutline } from '../live/learner-now';
import { localized } from './localized';
import { ReportContentRepository } from './report-content.repository';
import { type ReportLesson } from './report-input';
import { reportLessonOf } from './stored-progress';

export interface ReportContent {
  /** In course order, then module and lesson order. */
  lessons: ReportLesson[];
  /** The public view of each lesson by id: the engine summarises progress against it. */
  publicLessons: Map<string, PublicLesson>;
}

/** The lessons of a group's courses, in the order a learner meets them, named in the trainer's language. */
@Injectable()
export class ReportContentService {
  constructor(private readonly content: ReportContentRepository) {}

  async lessonsOf(courseSlugs: readonly string[], locale: Locale): Promise<ReportContent> {
    const [courses, lessonRecords] = await Promise.all([
      this.content.findCourses(courseSlugs),
      this.content.findLessons(courseSlugs),
    ]);
    const byKey = new Map(lessonRecords.map((l) => [`${l.courseSlug}/${l.lessonId}`, l]));
    const lessons: ReportLesson[] = [];
    const publicLessons = new Map<string, PublicLesson>();
    for (const slug of courseSlugs) {
      const course = courses.find((c) => c.slug === slug);
      if (!course) continue;
      const title = localized(course.title, locale, course.fallbackLocale);
      for (const lessonId of course.modules.flatMap((m) => m.lessonIds)) {
        const record = byKey.get(`${slug}/${lessonId}`);
        if (!record) continue;
        const publicLesson = toPublicLesson(record.definition as unknown as LessonDefinition);
        publicLessons.set(lessonId, publicLesson);
        lessons.push(reportLessonOf({ slug, title }, publicLesson, locale));
      }
    }
    return { lessons, publicLessons };
  }

  /** The outline of a few lessons for the live view, keyed `courseSlug/lessonId`. */
  async outlines(
    keys: readonly { courseSlug: string; lessonId: string }[],
  ): Promise<Map<string, LessonOutline>> {
    const records = await this.content.findOutlinesByKey(keys);
    return new Map(
      records.map((r) => [`${r.courseSlug}/${r.lessonId}`, r.definition as unknown as LessonOutline]),
    );
  }
}
