import { Injectable } from '@nestjs/common';
import { type Locale } from '@punte/course-engine';
import { type Viewer } from '../../common/access';
import { GroupAccessService } from '../groups/group-access.service';
import { type GroupReport, type LearnerReport } from './models/group-report.model';
import { ReportService } from './report.service';

export interface CsvFile {
  fileName: string;
  text: string;
}

/** Reports as a trainer asks for them: access checked, the group's scope, then the report. */
@Injectable()
export class GroupReportsService {
  constructor(
    private readonly access: GroupAccessService,
    private readonly reports: ReportService,
  ) {}

  async groupReport(viewer: Viewer, groupId: string, locale: Locale): Promise<GroupReport> {
    const { group, scope } = await this.access.scope(viewer, groupId);
    const now = new Date();
    const report = await this.reports.groupReport(scope, locale, now);
    return { groupId, groupName: group.name, at: now, ...report };
  }

  async learnerReport(viewer: Viewer, learnerId: string, locale: Locale): Promise<LearnerReport> {
    const { learner } = await this.access.reachLearner(viewer, learnerId, 'view');
    const { scope } = await this.access.scope(viewer, learner.groupId!);
    const lessons = await this.reports.learnerReport(scope, learnerId, locale, new Date());
    const lastSeenAt = lessons.reduce<Date | null>(
      (latest, l) => (l.lastSeenAt && (!latest || l.lastSeenAt > latest) ? l.lastSeenAt : latest),
      null,
    );
    return { groupId: learner.groupId!, learnerId, name: learner.name, lastSeenAt, lessons };
  }

  async csv(viewer: Viewer, groupId: string, locale: Locale): Promise<CsvFile> {
    const { group, scope } = await this.access.scope(viewer, groupId);
    const now = new Date();
    const text = await this.reports.csv(scope, locale, now);
    return { fileName: `${fileSafe(group.name)}-${now.toISOString().slice(0, 10)}.csv`, text };
  }
}

/** Letters of any script and digits kept (a Cyrillic name stays readable), the rest dashed. */
export function fileSafe(name: string): string {
  return (
    name
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'group'
  );
}
