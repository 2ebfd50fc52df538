import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn, type Viewer } from '../../common/access';
import { ReaderSettings, ReaderSettingsInput } from './reader-settings.model';
import { ReaderSettingsService } from './reader-settings.service';

@Resolver(() => ReaderSettings)
export class ReaderSettingsResolver {
  constructor(private readonly settings: ReaderSettingsService) {}

  @SignedIn()
  @Query(() => ReaderSettings, {
    description: 'The signed-in person’s reader settings (the defaults, not saved, until they save some)',
  })
  myReaderSettings(@CurrentViewer() viewer: Viewer): Promise<ReaderSettings> {
    return this.settings.mine(viewer.userId);
  }

  @SignedIn()
  @Mutation(() => ReaderSettings, { description: 'Saves the signed-in person’s reader settings' })
  saveReaderSettings(
    @Args('input') input: ReaderSettingsInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReaderSettings> {
    return this.settings.save(viewer.userId, input);
  }

  @SignedIn()
  @Mutation(() => ReaderSettings, {
    description:
      'At sign-in: keeps the reader settings a guest chose in this browser, unless the account has its own (they win). Gives back the account’s settings',
  })
  claimGuestReaderSettings(
    @Args('input') input: ReaderSettingsInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReaderSettings> {
    return this.settings.claimGuest(viewer.userId, input);
  }
}
