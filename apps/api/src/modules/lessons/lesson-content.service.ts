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

type Prepared = Omit<LoadedLesson, 'course'>;

/** Lessons prepared for the engine, by course, lesson and content version. */
const CACHED_LESSONS = 200;

@Injectable()
export class LessonContentService {
  /**
   * Content, not state: an entry is used only when the database says its version is still the
   * current one, so every API instance answers from the same content the moment it is re-imported.
   */
  private readonly prepared = new Map<string, Prepared>();

  constructor(private readonly repository: LessonContentRepository) {}

  /** The course and lesson (the lesson's definition only when its version changed); NOT_FOUND names what is missing. */
  async load(courseSlug: string, lessonId: string): Promise<LoadedLesson> {
    const [course, version] = await Promise.all([
      this.repository.findCourse(courseSlug),
      this.repository.findLessonVersion(courseSlug, lessonId),
    ]);
    if (!course) throw new NotFoundError(`there is no course "${courseSlug}"`);
    if (!version) throw new NotFoundError(`course "${courseSlug}" has no lesson "${lessonId}"`);
    const key = `${courseSlug}/${lessonId}@${version.contentVersion}`;
    const cached = this.prepared.get(key);
    if (cached) return { course, ...cached };
    const lesson = await this.repository.findLesson(courseSlug, lessonId);
    if (!lesson) throw new NotFoundError(`course "${courseSlug}" has no lesson "${lessonId}"`);
    const definition = lesson.definition as unknown as LessonDefinition;
    const prepared: Prepared = {
      definition,
      publicLesson: toPublicLesson(definition),
      answerKey: answerKeyOf(definition),
      contentVersion: lesson.contentVersion,
    };
    if (this.prepared.size >= CACHED_LESSONS)
      this.prepared.delete(this.prepared.keys().next().value as string);
    this.prepared.set(`${courseSlug}/${lessonId}@${lesson.contentVersion}`, prepared);
    return { course, ...prepared };
  }
}
