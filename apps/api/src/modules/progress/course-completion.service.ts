import { Injectable } from '@nestjs/common';
import { LessonContentRepository } from '../lessons/lesson-content.repository';
import { type ProgressListing, ProgressRepository } from './progress.repository';

/** The completion rule: every lesson of the course completed and every quiz in it passed. */
export function courseComplete(lessonIds: readonly string[], progress: readonly ProgressListing[]): boolean {
  const byLesson = new Map(progress.map((p) => [p.lessonId, p]));
  return (
    lessonIds.length > 0 &&
    lessonIds.every((id) => {
      const lesson = byLesson.get(id);
      return lesson?.status === 'completed' && lesson.allQuizzesPassed;
    })
  );
}

@Injectable()
export class CourseCompletionService {
  constructor(
    private readonly content: LessonContentRepository,
    private readonly progress: ProgressRepository,
  ) {}

  async completedAt(learnerId: string, courseSlug: string): Promise<Date | null> {
    return (await this.progress.findCompletion(learnerId, courseSlug))?.completedAt ?? null;
  }

  /** Records the course as completed the first time the rule holds; returns the date it was completed. */
  async checkCourse(learnerId: string, courseSlug: string): Promise<Date | null> {
    const [course, progress] = await Promise.all([
      this.content.findCourse(courseSlug),
      this.progress.listForCourse(learnerId, courseSlug),
    ]);
    if (!course) return null;
    const lessonIds = course.modules.flatMap((module) => module.lessonIds);
    if (!courseComplete(lessonIds, progress)) return this.completedAt(learnerId, courseSlug);
    const record = await this.progress.recordCompletion(
      learnerId,
      courseSlug,
      new Date(),
      course.contentVersion,
    );
    return record.completedAt;
  }
}
