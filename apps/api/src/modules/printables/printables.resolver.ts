import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../common/access';
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
}
