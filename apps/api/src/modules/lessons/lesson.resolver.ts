import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, type Viewer } from '../../common/access';
import { LocaleEnum, type Locale } from '../../common/contract-enums';
import { LessonView } from './models/lesson-view.model';
import { LessonViewService } from './lesson-view.service';

@Resolver()
export class LessonResolver {
  constructor(private readonly lessons: LessonViewService) {}

  @Public('a guest may take any lesson; a signed-in learner also gets their saved state')
  @Query(() => LessonView, {
    description: 'A lesson for the player. NOT_FOUND when the course or lesson does not exist.',
  })
  lesson(
    @Args('courseSlug') courseSlug: string,
    @Args('lessonId') lessonId: string,
    @Args('locale', { type: () => LocaleEnum }) locale: Locale,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<LessonView> {
    return this.lessons.view(courseSlug, lessonId, locale, viewer);
  }
}
