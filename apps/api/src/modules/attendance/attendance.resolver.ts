import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequireRoles, Role, type Viewer } from '../../common/access';
import { AttendanceMarkInput } from '../groups/group.model';
import { GroupAttendanceService } from './group-attendance.service';
import { GroupSessionModel } from './models/attendance.model';

@Resolver()
export class AttendanceResolver {
  constructor(private readonly attendance: GroupAttendanceService) {}

  @RequireRoles(Role.trainer, Role.admin)
  @Query(() => [GroupSessionModel], {
    description:
      "A group's sessions in date order, each learner present (from activity or the trainer's mark) or not",
  })
  groupSessions(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID }) groupId: string,
  ): Promise<GroupSessionModel[]> {
    return this.attendance.sessionsOf(viewer, groupId);
  }

  @RequireRoles(Role.trainer, Role.admin)
  @Mutation(() => GroupSessionModel, {
    description: "The trainer's marks for one session, all learners in one save; they win over activity",
  })
  setAttendance(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('sessionDate', { description: "YYYY-MM-DD, a date of the group's sessions" }) sessionDate: string,
    @Args('marks', { type: () => [AttendanceMarkInput] }) marks: AttendanceMarkInput[],
  ): Promise<GroupSessionModel> {
    return this.attendance.setAttendance(viewer, groupId, sessionDate, marks);
  }
}
