import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AccountsModule } from '../accounts/accounts.module';
import { GroupPlansModule } from '../schedules/group-plans.module';
import { GroupAccessService } from './group-access.service';
import { GroupMembersRepository } from './group-members.repository';
import { GroupMembershipService } from './group-membership.service';
import { GroupPlanEditorService } from './group-plan-editor.service';
import { GroupPlanResolver } from './group-plan.resolver';
import { GroupRecord, GroupSchema } from './group.schema';
import { GroupsRepository } from './groups.repository';
import { GroupsResolver } from './groups.resolver';
import { GroupsService } from './groups.service';
import { LearnerAccessService } from './learner-access.service';

/** Groups: join codes, members, plans, and who may see and change them (GroupAccessService). */
@Module({
  imports: [
    AccountsModule,
    GroupPlansModule,
    MongooseModule.forFeature([{ name: GroupRecord.name, schema: GroupSchema }]),
  ],
  providers: [
    GroupsRepository,
    GroupMembersRepository,
    GroupAccessService,
    GroupsService,
    GroupPlanEditorService,
    GroupMembershipService,
    LearnerAccessService,
    GroupsResolver,
    GroupPlanResolver,
  ],
  exports: [GroupsService, GroupAccessService, GroupMembersRepository, GroupPlansModule],
})
export class GroupsModule {}
