import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module';
import { GroupHandoutsService } from './group-handouts.service';
import { HandoutsController } from './handouts.controller';
import { HandoutsModule } from './handouts.module';
import { HandoutsResolver } from './handouts.resolver';

/** Handouts as trainers reach them: the print page over GraphQL, the PDFs as downloads. */
@Module({
  imports: [GroupsModule, HandoutsModule],
  providers: [GroupHandoutsService, HandoutsResolver],
  controllers: [HandoutsController],
})
export class GroupHandoutsModule {}
