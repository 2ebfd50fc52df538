import { courseDownloads, downloadHref } from '../printables/course-downloads';
import { type CourseRecord, type LessonRecord, type LocalizedTextRecord } from './catalog.schema';
import { type Course, type CourseSummary } from './models/course.model';
import { type LessonSummary } from './models/lesson-summary.model';

/** Picks the learner's language, then the course's fallback, then any text there is. */
export function pickText(
  text: LocalizedTextRecord | undefined,
  locale: string,
  fallback: string,
): string | null {
  if (!text) return null;
  return text[locale] || text[fallback] || Object.values(text).find((value) => value) || null;
}

function coverUrl(course: CourseRecord): string | null {
  return course.coverPath ? `/media/${course.slug}/${course.coverPath}` : null;
}

export function toCourseSummary(course: CourseRecord, locale: string): CourseSummary {
  const text = (value: LocalizedTextRecord | undefined) =>
    pickText(value, locale, course.fallbackLocale) ?? '';
  return {
    slug: course.slug,
    title: text(course.title),
    summary: text(course.summary),
    audience: course.audience,
    estimatedMinutes: course.estimatedMinutes,
    languages: course.languages,
    coverUrl: coverUrl(course),
    coverAlt: text(course.coverAlt),
    moduleCount: course.modules.length,
    lessonCount: course.modules.reduce((sum, module) => sum + module.lessonIds.length, 0),
  };
}

export function toCourse(course: CourseRecord, lessons: LessonRecord[], locale: string): Course {
  const fallback = course.fallbackLocale;
  const byId = new Map(lessons.map((lesson) => [lesson.lessonId, lesson]));
  const summary = toCourseSummary(course, locale);
  return {
    slug: summary.slug,
    title: summary.title,
    summary: summary.summary,
    audience: summary.audience,
    estimatedMinutes: summary.estimatedMinutes,
    languages: summary.languages,
    coverUrl: summary.coverUrl,
    coverAlt: summary.coverAlt,
    modules: course.modules.map((module) => ({
      id: module.id,
      title: pickText(module.title, locale, fallback) ?? module.id,
      summary: pickText(module.summary, locale, fallback),
      lessons: module.lessonIds
        .map((id) => byId.get(id))
        .filter((lesson): lesson is LessonRecord => lesson !== undefined)
        .map((lesson) => toLessonSummary(lesson, locale, fallback)),
    })),
    downloads: courseDownloads(
      course.modules.flatMap((module) => module.lessonIds),
      lessons,
    ).map((download) => ({
      title: pickText(download.label, locale, fallback) ?? download.src,
      href: downloadHref(course.slug, download.src, locale),
    })),
    plans: (course.documents ?? []).map((document) => ({
      id: document.id,
      title: pickText(document.title, locale, fallback) ?? document.id,
      href: `/courses/${course.slug}/plan/${document.id}?lang=${locale}`,
    })),
  };
}

function toLessonSummary(lesson: LessonRecord, locale: string, fallback: string): LessonSummary {
  return {
    id: lesson.lessonId,
    title: pickText(lesson.title, locale, fallback) ?? lesson.lessonId,
    summary: pickText(lesson.summary, locale, fallback),
    estimatedMinutes: lesson.estimatedMinutes,
    stepCount: lesson.stepCount,
  };
}
