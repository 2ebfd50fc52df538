import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { formatIssue, loadAllCourses, type LoadedCourse } from '@punte/content';
import { contentVersionOf } from '@punte/course-engine';
import { CatalogRepository } from './catalog.repository';
import { ContentGeneration } from './content-generation';

export interface ImportReport {
  courses: number;
  lessons: number;
  coursesChanged: number;
  lessonsChanged: number;
  lessonsArchived: number;
  coursesArchived: number;
}

export class ContentInvalidError extends Error {}

/** Brings the course files into MongoDB: idempotent upserts keyed by stable ids, archiving what was removed. */
@Injectable()
export class ContentImportService {
  private readonly logger = new Logger(ContentImportService.name);

  constructor(
    private readonly repository: CatalogRepository,
    private readonly generation: ContentGeneration,
  ) {}

  async importIfEmpty(contentDir: string): Promise<ImportReport | null> {
    if ((await this.repository.countCourses()) > 0) return null;
    return this.importAll(contentDir);
  }

  async importAll(contentDir: string): Promise<ImportReport> {
    const { courses, issues } = await loadAllCourses(contentDir);
    if (issues.length > 0) {
      const first = issues.slice(0, 5).map(formatIssue);
      throw new ContentInvalidError(
        `content in ${contentDir} failed validation (${issues.length} problem(s)): ${first.join(' | ')}; run npm run content:check`,
      );
    }
    const report: ImportReport = {
      courses: courses.length,
      lessons: 0,
      coursesChanged: 0,
      lessonsChanged: 0,
      lessonsArchived: 0,
      coursesArchived: 0,
    };
    try {
      for (const course of courses) await this.importCourse(course, report);
      report.coursesArchived = await this.repository.archiveCoursesExcept(courses.map((c) => c.manifest.id));
    } finally {
      this.generation.advance();
    }
    this.logger.log(`content imported: ${JSON.stringify(report)}`);
    return report;
  }

  private async importCourse(course: LoadedCourse, report: ImportReport): Promise<void> {
    const { manifest, lessons } = course;
    const versions = lessons.map((lesson) => contentVersionOf(lesson));
    for (const [index, lesson] of lessons.entries()) {
      report.lessons += 1;
      const changed = await this.repository.upsertLesson({
        courseSlug: manifest.id,
        lessonId: lesson.id,
        title: lesson.title as Record<string, string>,
        summary: lesson.summary as Record<string, string> | undefined,
        estimatedMinutes: lesson.estimatedMinutes,
        stepCount: lesson.steps.length,
        definition: lesson as unknown as Record<string, unknown>,
        contentVersion: versions[index],
      });
      if (changed) report.lessonsChanged += 1;
    }
    report.lessonsArchived += await this.repository.archiveLessonsExcept(
      manifest.id,
      lessons.map((lesson) => lesson.id),
    );
    const modules = manifest.modules.map((module) => ({
      id: module.id,
      title: module.title as Record<string, string>,
      summary: module.summary as Record<string, string> | undefined,
      lessonIds: module.lessons,
    }));
    const courseChanged = await this.repository.upsertCourse({
      slug: manifest.id,
      title: manifest.title as Record<string, string>,
      summary: manifest.summary as Record<string, string>,
      audience: manifest.audience,
      languages: manifest.languages,
      fallbackLocale: manifest.fallbackLocale,
      estimatedMinutes: manifest.estimatedMinutes,
      coverPath: manifest.cover?.src,
      coverAlt: manifest.cover?.alt as Record<string, string> | undefined,
      modules,
      documents: (manifest.documents ?? []).map((document) => ({
        id: document.id,
        title: document.title as Record<string, string>,
        intro: document.intro as Record<string, string> | undefined,
      })),
      trainerGuideSrc: manifest.trainerGuide?.src ?? null,
      // The course's version covers its own fields and every lesson's, so any edit re-stamps it.
      contentVersion: createHash('sha256')
        .update(JSON.stringify({ manifest, versions }))
        .digest('hex')
        .slice(0, 16),
    });
    if (courseChanged) report.coursesChanged += 1;
  }
}
