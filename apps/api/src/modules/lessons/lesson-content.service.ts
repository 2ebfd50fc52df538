import { Injectable } from '@nestjs/common';
import {
  answerKeyOf,
  isLocale,
  toPublicLesson,
  type AnswerKey,
  type LessonDefinition,
  type Locale,
  type PublicLesson,
} from '@punte/course-engine';
import { BadUserInputError, NotFoundError } from '../../common/domain-errors';
import { type CourseOutline, LessonContentRepository } from './lesson-content.repository';

/** A lesson ready for the engine on the server: full definition, public view and answer key. */
export interface LoadedLesson {
  course: CourseOutline;
  definition: LessonDefinition;
  publicLesson: PublicLesson;
  answerKey: AnswerKey;
  contentVersion: string;
}

/** Where a lesson stands in its course: its module, its number there, its neighbours. */
export interface LessonPlace {
  moduleId: string;
  moduleTitle: Record<string, string>;
  moduleNumber: number;
  lessonNumber: number;
  lessonCount: number;
  previousLessonId: string | null;
  nextLessonId: string | null;
}

export function assertLocale(locale: string): asserts locale is Locale {
  if (!isLocale(locale))
    throw new BadUserInputError(`unknown locale "${locale}": use one of ro, ru, uk, pl, en`);
}

export function placeOf(course: CourseOutline, lessonId: string): LessonPlace | null {
  const order = course.modules.flatMap((module) => module.lessonIds);
  const at = order.indexOf(lessonId);
  const moduleIndex = course.modules.findIndex((module) => module.lessonIds.includes(lessonId));
  const module = course.modules[moduleIndex];
  if (!module || at < 0) return null;
  return {
    moduleId: module.id,
    moduleTitle: module.title,
    moduleNumber: moduleIndex + 1,
    lessonNumber: module.lessonIds.indexOf(lessonId) + 1,
    lessonCount: module.lessonIds.length,
    previousLessonId: order[at - 1] ?? null,
    nextLessonId: order[at + 1] ?? null,
  };
}

@Injectable()
export class LessonContentService {
  constructor(private readonly repository: LessonContentRepository) {}

  /** The course and lesson, read in parallel; NOT_FOUND names which one is missing. */
  async load(courseSlug: string, lessonId: string): Promise<LoadedLesson> {
    const [course, lesson] = await Promise.all([
      this.repository.findCourse(courseSlug),
      this.repository.findLesson(courseSlug, lessonId),
    ]);
    if (!course) throw new NotFoundError(`there is no course "${courseSlug}"`);
    if (!lesson) throw new NotFoundError(`course "${courseSlug}" has no lesson "${lessonId}"`);
    const definition = lesson.definition as unknown as LessonDefinition;
    return {
      course,
      definition,
      publicLesson: toPublicLesson(definition),
      answerKey: answerKeyOf(definition),
      contentVersion: lesson.contentVersion,
    };
  }
}
