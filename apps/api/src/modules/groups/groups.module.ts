import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AccountsModule } from '../accounts/accounts.module';
import { GroupRecord, GroupSchema } from './group.schema';
import { GroupsResolver } from './groups.resolver';
import { GroupsService } from './groups.service';
import { LearnerAccessService } from './learner-access.service';

@Module({
  imports: [AccountsModule, MongooseModule.forFeature([{ name: GroupRecord.name, schema: GroupSchema }])],
  providers: [GroupsService, LearnerAccessService, GroupsResolver],
  exports: [GroupsService],
})
export class GroupsModule {}
