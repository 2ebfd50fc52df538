import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/access';
import { LocaleEnum, type Locale } from '../../common/contract-enums';
import { CatalogService } from './catalog.service';
import { Course, CourseSummary } from './models/course.model';

@Resolver()
export class CatalogResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Public('the catalogue is what a library shows before anyone signs in')
  @Query(() => [CourseSummary])
  courses(@Args('locale', { type: () => LocaleEnum }) locale: Locale): Promise<CourseSummary[]> {
    return this.catalog.listCourses(locale);
  }

  @Public('a course page is part of the open catalogue')
  @Query(() => Course, { nullable: true })
  course(
    @Args('slug') slug: string,
    @Args('locale', { type: () => LocaleEnum }) locale: Locale,
  ): Promise<Course | null> {
    return this.catalog.findCourse(slug, locale);
  }
}
