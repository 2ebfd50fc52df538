import { Injectable } from '@nestjs/common';
import { isLocale } from '@punte/course-engine';
import { BadUserInputError } from '../../common/domain-errors';
import { CatalogRepository } from './catalog.repository';
import { toCourse, toCourseSummary } from './catalog.mapper';
import { type Course, type CourseSummary } from './models/course.model';

@Injectable()
export class CatalogService {
  constructor(private readonly repository: CatalogRepository) {}

  async listCourses(locale: string): Promise<CourseSummary[]> {
    assertLocale(locale);
    const courses = await this.repository.listActiveCourses();
    return courses.map((course) => toCourseSummary(course, locale));
  }

  async findCourse(slug: string, locale: string): Promise<Course | null> {
    assertLocale(locale);
    const course = await this.repository.findActiveCourse(slug);
    if (!course) return null;
    const lessons = await this.repository.findActiveLessons(slug);
    return toCourse(course, lessons, locale);
  }
}

function assertLocale(locale: string): void {
  if (!isLocale(locale))
    throw new BadUserInputError(`unknown locale "${locale}": use one of ro, ru, uk, pl, en`);
}
