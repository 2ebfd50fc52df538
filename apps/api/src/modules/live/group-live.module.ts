import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module';
import { GroupLiveService } from './group-live.service';
import { LiveModule } from './live.module';
import { LiveResolver } from './live.resolver';

/** The live view as trainers reach it (GraphQL, polled). */
@Module({
  imports: [GroupsModule, LiveModule],
  providers: [GroupLiveService, LiveResolver],
})
export class GroupLiveModule {}
