import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequireRoles, Role, type Viewer } from '../../common/access';
import { LocaleEnum, type Locale } from '../../common/contract-enums';
import { GroupReportsService } from './group-reports.service';
import { GroupReport, LearnerReport } from './models/group-report.model';

/** A group's report and a learner's, in the trainer's language; the CSV is a plain route (report-csv.controller). */
@Resolver()
export class ReportsResolver {
  constructor(private readonly reports: GroupReportsService) {}

  @RequireRoles(Role.trainer, Role.admin)
  @Query(() => GroupReport, {
    description: 'Completion per lesson, scores, time, most-missed questions, attendance',
  })
  groupReport(
    @CurrentViewer() viewer: Viewer,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('locale', { type: () => LocaleEnum }) locale: Locale,
  ): Promise<GroupReport> {
    return this.reports.groupReport(viewer, groupId, locale);
  }

  @RequireRoles(Role.trainer, Role.admin)
  @Query(() => LearnerReport, { description: "A learner of the viewer's group: each lesson and step" })
  learnerReport(
    @CurrentViewer() viewer: Viewer,
    @Args('learnerId', { type: () => ID }) learnerId: string,
    @Args('locale', { type: () => LocaleEnum }) locale: Locale,
  ): Promise<LearnerReport> {
    return this.reports.learnerReport(viewer, learnerId, locale);
  }
}
