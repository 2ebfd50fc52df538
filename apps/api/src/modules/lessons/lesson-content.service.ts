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
import { ContentGeneration } from '../catalog/content-generation';
import { type CourseOutline, LessonContentRepository } from './lesson-content.repository';

/** A lesson ready for the engine on the server: full definition, public view and answer key. */
export interface PreparedLesson {
  definition: LessonDefinition;
  publicLesson: PublicLesson;
  answerKey: AnswerKey;
  contentVersion: string;
}

/** A lesson with its course (for the lesson view: the course's title, fallback and modules). */
export interface LoadedLesson extends PreparedLesson {
  course: CourseOutline;
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

/** Lessons prepared for the engine, by course, lesson and content version. */
const CACHED_LESSONS = 200;
/**
 * How long a lesson's version, once read, is taken as the current one. Every graded batch needs
 * it; reading it each time was a third of the database work of recording progress. A re-import is
 * seen at once by the process that ran it and within this time by every other one; a batch graded
 * in that second is graded by the previous version, and the learner's snapshot says so.
 */
export const VERSION_RECHECK_MS = 1000;

interface KnownVersion {
  version: string;
  checkedAt: number;
}

/** Keeps at most `limit` entries, dropping the oldest first. */
function remember<V>(map: Map<string, V>, key: string, value: V, limit: number): void {
  if (!map.has(key) && map.size >= limit) map.delete(map.keys().next().value as string);
  map.set(key, value);
}

@Injectable()
export class LessonContentService {
  /**
   * Content, not state: an entry is used only while the database says (or said within
   * VERSION_RECHECK_MS) that its version is the current one, so every API instance answers from
   * the content the database holds.
   */
  private readonly prepared = new Map<string, Promise<PreparedLesson>>();
  private readonly versions = new Map<string, KnownVersion>();
  private generationSeen: number;

  constructor(
    private readonly repository: LessonContentRepository,
    private readonly generation: ContentGeneration,
  ) {
    this.generationSeen = generation.current;
  }

  /** The lesson and its course, read in parallel; NOT_FOUND names what is missing. */
  async load(courseSlug: string, lessonId: string): Promise<LoadedLesson> {
    const [course, lesson] = await Promise.all([
      this.repository.findCourse(courseSlug),
      this.lesson(courseSlug, lessonId),
    ]);
    if (!course) throw new NotFoundError(`there is no course "${courseSlug}"`);
    return { course, ...lesson };
  }

  /**
   * The lesson alone (what grading needs): its current version, and the definition only when that
   * version was not prepared yet (requests arriving together share one read).
   */
  async lesson(courseSlug: string, lessonId: string): Promise<PreparedLesson> {
    const version = await this.currentVersion(courseSlug, lessonId);
    if (!version) throw new NotFoundError(`course "${courseSlug}" has no lesson "${lessonId}"`);
    const key = `${courseSlug}/${lessonId}@${version}`;
    let prepared = this.prepared.get(key);
    if (!prepared) {
      prepared = this.prepare(courseSlug, lessonId);
      remember(this.prepared, key, prepared, CACHED_LESSONS);
      // A failed read is not kept: the next request tries again.
      prepared.catch(() => this.prepared.delete(key));
    }
    return prepared;
  }

  private async currentVersion(courseSlug: string, lessonId: string): Promise<string | null> {
    if (this.generation.current !== this.generationSeen) {
      this.generationSeen = this.generation.current;
      this.versions.clear();
    }
    const key = `${courseSlug}/${lessonId}`;
    const known = this.versions.get(key);
    const now = Date.now();
    if (known && now - known.checkedAt < VERSION_RECHECK_MS) return known.version;
    const found = await this.repository.findLessonVersion(courseSlug, lessonId);
    if (!found) {
      this.versions.delete(key);
      return null;
    }
    remember(this.versions, key, { version: found.contentVersion, checkedAt: now }, CACHED_LESSONS);
    return found.contentVersion;
  }

  private async prepare(courseSlug: string, lessonId: string): Promise<PreparedLesson> {
    const lesson = await this.repository.findLesson(courseSlug, lessonId);
    if (!lesson) throw new NotFoundError(`course "${courseSlug}" has no lesson "${lessonId}"`);
    const definition = lesson.definition as unknown as LessonDefinition;
    return {
      definition,
      publicLesson: toPublicLesson(definition),
      answerKey: answerKeyOf(definition),
      contentVersion: lesson.contentVersion,
    };
  }
}
