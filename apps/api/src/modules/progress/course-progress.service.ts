import { Injectable } from '@nestjs/common';
import { type Locale } from '@punte/course-engine';
import { NotFoundError } from '../../common/domain-errors';
import { pickText } from '../catalog/catalog.mapper';
import { assertLocale } from '../lessons/lesson-content.service';
import { LessonContentRepository } from '../lessons/lesson-content.repository';
import { LessonStatus } from '../lessons/models/question-verdict.model';
import { type CourseProgress, type LessonProgressItem } from './models/progress-report.model';
import { type ProgressListing, ProgressRepository } from './progress.repository';

/** Where the learner should go on: the lesson last worked on if unfinished, else the first not completed. */
export function continueLessonOf(lessons: readonly LessonProgressItem[]): string | null {
  const open = lessons.filter((lesson) => lesson.status === LessonStatus.in_progress);
  const latest = open.sort(
    (a, b) => (b.lastActivityAt?.getTime() ?? 0) - (a.lastActivityAt?.getTime() ?? 0),
  )[0];
  return (
    latest?.lessonId ?? lessons.find((lesson) => lesson.status !== LessonStatus.completed)?.lessonId ?? null
  );
}

/** A learner's progress in a course: three queries whatever the number of lessons. */
@Injectable()
export class CourseProgressService {
  constructor(
    private readonly content: LessonContentRepository,
    private readonly progress: ProgressRepository,
  ) {}

  async ofCourse(learnerId: string, courseSlug: string, locale: string): Promise<CourseProgress> {
    assertLocale(locale);
    const [course, shapes, listings, completion] = await Promise.all([
      this.content.findCourse(courseSlug),
      this.content.findLessonShapes(courseSlug),
      this.progress.listForCourse(learnerId, courseSlug),
      this.progress.findCompletion(learnerId, courseSlug),
    ]);
    if (!course) throw new NotFoundError(`there is no course "${courseSlug}"`);
    const shapeById = new Map(shapes.map((shape) => [shape.lessonId, shape]));
    const progressById = new Map(listings.map((listing) => [listing.lessonId, listing]));
    const lessons = course.modules
      .flatMap((module) => module.lessonIds)
      .filter((id) => shapeById.has(id))
      .map((id) => this.item(id, shapeById.get(id)!, progressById.get(id), locale, course.fallbackLocale));
    return {
      courseSlug,
      lessons,
      completedLessons: lessons.filter((lesson) => lesson.status === LessonStatus.completed).length,
      continueLessonId: continueLessonOf(lessons),
      completedAt: completion?.completedAt ?? null,
    };
  }

  private item(
    lessonId: string,
    shape: { stepCount: number; definition: { steps: { id: string; title: Record<string, string> }[] } },
    progress: ProgressListing | undefined,
    locale: Locale,
    fallback: Locale,
  ): LessonProgressItem {
    if (!progress) {
      return {
        lessonId,
        status: LessonStatus.not_started,
        currentStepId: null,
        stepNumber: 0,
        stepCount: shape.stepCount,
        quizzes: [],
        completedAt: null,
        lastActivityAt: null,
      };
    }
    const titles = new Map(shape.definition.steps.map((step) => [step.id, step.title]));
    return {
      lessonId,
      status: progress.status === 'completed' ? LessonStatus.completed : LessonStatus.in_progress,
      currentStepId: progress.currentStepId,
      stepNumber: progress.stepNumber,
      stepCount: progress.stepCount,
      quizzes: progress.quizzes.map((quiz) => ({
        ...quiz,
        title: pickText(titles.get(quiz.stepId), locale, fallback) ?? quiz.stepId,
      })),
      completedAt: progress.completedAt,
      lastActivityAt: progress.lastActivityAt,
    };
  }
}
