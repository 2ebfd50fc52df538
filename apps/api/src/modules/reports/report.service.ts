import { Injectable } from '@nestjs/common';
import { type Locale } from '@punte/course-engine';
import { attendanceTotals } from '../attendance/derive-attendance';
import { AttendanceService } from '../attendance/attendance.service';
import { type GroupReport, groupReport } from './group-report';
import { type GroupScope } from './group-scope';
import { type LearnerLessonRow, learnerReport } from './learner-report';
import { ProgressViewRepository } from './progress-view.repository';
import { ReportContentService } from './report-content.service';
import { type LearnerLessonProgress, type ReportLesson } from './report-input';
import { reportCsv } from './report-csv';
import { activityOf, type StoredLessonProgress, toLearnerLessonProgress } from './stored-progress';

interface Loaded {
  lessons: ReportLesson[];
  rows: LearnerLessonProgress[];
  stored: StoredLessonProgress[];
}

/** Group and learner reports: three reads (content, progress, attendance), then pure aggregation. */
@Injectable()
export class ReportService {
  constructor(
    private readonly content: ReportContentService,
    private readonly progress: ProgressViewRepository,
    private readonly attendance: AttendanceService,
  ) {}

  private async load(scope: GroupScope, learnerIds: string[], locale: Locale, now: Date): Promise<Loaded> {
    const [{ lessons, publicLessons }, stored] = await Promise.all([
      this.content.lessonsOf(scope.courseSlugs, locale),
      this.progress.forReport(learnerIds, scope.courseSlugs),
    ]);
    const rows = stored.flatMap((doc) => {
      const lesson = publicLessons.get(doc.lessonId);
      return lesson ? [toLearnerLessonProgress(doc, lesson, now)] : [];
    });
    return { lessons, rows, stored };
  }

  async groupReport(scope: GroupScope, locale: Locale, now: Date): Promise<GroupReport> {
    const ids = scope.members.map((m) => m.learnerId);
    const { lessons, rows, stored } = await this.load(scope, ids, locale, now);
    const sheet = await this.attendance.sheet(scope.groupId, ids, activityOf(stored), now);
    return groupReport(lessons, scope.members, rows, { locale, attendance: attendanceTotals(sheet, ids) });
  }

  async learnerReport(
    scope: GroupScope,
    learnerId: string,
    locale: Locale,
    now: Date,
  ): Promise<LearnerLessonRow[]> {
    const { lessons, rows } = await this.load(scope, [learnerId], locale, now);
    return learnerReport(lessons, rows);
  }

  async csv(scope: GroupScope, locale: Locale, now: Date): Promise<string> {
    const { lessons, rows } = await this.load(
      scope,
      scope.members.map((m) => m.learnerId),
      locale,
      now,
    );
    return reportCsv(lessons, scope.members, rows, { locale, timeZone: scope.timeZone });
  }
}
