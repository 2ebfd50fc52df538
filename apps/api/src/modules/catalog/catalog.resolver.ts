import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/public.decorator';
import { CatalogService } from './catalog.service';
import { Course, CourseSummary } from './models/course.model';

@Resolver()
export class CatalogResolver {
  constructor(private readonly catalog: CatalogService) {}

  /** The catalogue is open to visitors: a library shows it before anyone signs in. */
  @Public()
  @Query(() => [CourseSummary])
  courses(@Args('locale') locale: string): Promise<CourseSummary[]> {
    return this.catalog.listCourses(locale);
  }

  @Public()
  @Query(() => Course, { nullable: true })
  course(@Args('slug') slug: string, @Args('locale') locale: string): Promise<Course | null> {
    return this.catalog.findCourse(slug, locale);
  }
}
