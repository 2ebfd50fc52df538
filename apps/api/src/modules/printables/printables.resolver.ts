import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public, RequireRoles, Role } from '../../common/access';
import { LocaleEnum, type Locale } from '../../common/contract-enums';
import { Printable } from './models/printable.model';
import { PrintablesService } from './printables.service';

@Resolver()
export class PrintablesResolver {
  constructor(private readonly printables: PrintablesService) {}

  @Public('a course download is part of the open catalogue, like the course page that lists it')
  @Query(() => Printable, { nullable: true })
  printable(
    @Args('courseSlug') courseSlug: string,
    @Args('name') name: string,
    @Args('locale', { type: () => LocaleEnum }) locale: Locale,
  ): Promise<Printable | null> {
    return this.printables.find(courseSlug, name, locale);
  }

  @RequireRoles(Role.trainer, Role.admin)
  @Query(() => Printable, {
    description: 'How to run the course with a group, for trainers and admins (NOT_FOUND when it has none)',
  })
  trainerGuide(
    @Args('courseSlug') courseSlug: string,
    @Args('locale', { type: () => LocaleEnum }) locale: Locale,
  ): Promise<Printable> {
    return this.printables.trainerGuide(courseSlug, locale);
  }
}
