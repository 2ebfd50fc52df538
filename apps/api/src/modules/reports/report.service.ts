import { Injectable } from '@nestjs/common';
import { type Locale } from '@punte/course-engine';
import { attendanceTotals, type LearnerActivity } from '../attendance/derive-attendance';
import { AttendanceService, sheetOf } from '../attendance/attendance.service';
import { type GroupReport, groupReport } from './group-report';
import { type GroupScope } from './group-scope';
import { type LearnerLessonRow, learnerReport } from './learner-report';
import { ProgressViewRepository } from './progress-view.repository';
import { ReportContentService } from './report-content.service';
import { type ReportLesson } from './report-input';
import { reportCsv } from './report-csv';
import {
  activityOfRows,
  type CachedReportRow,
  mergeRows,
  type ProgressHead,
  rowKey,
  staleHeads,
  toCachedRow,
} from './report-rows';
import { ReportRowsRepository } from './report-rows.repository';
import { toLearnerLessonProgress } from './stored-progress';

/** Past this many changed lessons one query by learner beats a long $or of keys. */
const KEYED_READ_LIMIT = 60;

interface Loaded {
  lessons: ReportLesson[];
  rows: CachedReportRow[];
  /** The recomputed rows being kept: awaited before the answer leaves, overlapped with the aggregation. */
  saving: Promise<void>;
}

/** Group and learner reports: three reads (content, progress, attendance), then pure aggregation. */
@Injectable()
export class ReportService {
  constructor(
    private readonly content: ReportContentService,
    private readonly progress: ProgressViewRepository,
    private readonly attendance: AttendanceService,
    private readonly cache: ReportRowsRepository,
  ) {}

  /**
   * The group's rows: which progress documents exist and when each changed (a light read), the rows
   * computed last time, and a full read of only the documents that changed since.
   */
  private async load(scope: GroupScope, locale: Locale, now: Date): Promise<Loaded> {
    // Always the whole group: the stored rows are the group's, and a partial read would drop the rest.
    const learnerIds = scope.members.map((m) => m.learnerId);
    const [{ lessons, publicLessons }, heads, cached] = await Promise.all([
      this.content.lessonsOf(scope.courseSlugs, locale),
      this.progress.heads(learnerIds, scope.courseSlugs),
      this.cache.get(scope.groupId),
    ]);
    const stale = staleHeads(heads, cached);
    const fresh = await this.readChanged(stale, scope.courseSlugs);
    const recomputed = fresh.flatMap((doc) => {
      const lesson = publicLessons.get(doc.lessonId);
      return lesson ? [toCachedRow(doc, lesson, now)] : [];
    });
    const rows = mergeRows(heads, cached, recomputed);
    const current = new Set(heads.map(rowKey));
    const removed = cached.filter((row) => !current.has(rowKey(row)));
    // Awaited by every caller: a report that returned before its rows were kept would leave the next
    // one to recompute them all again.
    const saving =
      recomputed.length || removed.length
        ? this.cache.update(scope.groupId, recomputed, removed)
        : Promise.resolve();
    // Marked handled here so a failure elsewhere first cannot crash the process; callers still see it.
    saving.catch(() => undefined);
    return { lessons, rows, saving };
  }

  /** Few changes: by their keys; many (the first report of a group): by learner, then filtered. */
  private async readChanged(stale: ProgressHead[], courseSlugs: string[]) {
    if (stale.length <= KEYED_READ_LIMIT) return this.progress.forReportKeys(stale);
    const wanted = new Set(stale.map(rowKey));
    const learners = [...new Set(stale.map((head) => head.learnerId))];
    return (await this.progress.forReport(learners, courseSlugs)).filter((doc) => wanted.has(rowKey(doc)));
  }

  async groupReport(scope: GroupScope, locale: Locale, now: Date): Promise<GroupReport> {
    const ids = scope.members.map((m) => m.learnerId);
    // The attendance's stored part is read alongside the rows, not after them.
    const [{ lessons, rows, saving }, inputs] = await Promise.all([
      this.load(scope, locale, now),
      this.attendance.inputs(scope.groupId),
    ]);
    const sheet = sheetOf(inputs, ids, activityOfRows(rows), now);
    const report = groupReport(lessons, scope.members, rows, {
      locale,
      attendance: attendanceTotals(sheet, ids),
    });
    await saving;
    return report;
  }

  async learnerReport(
    scope: GroupScope,
    learnerId: string,
    locale: Locale,
    now: Date,
  ): Promise<LearnerLessonRow[]> {
    // Step by step: the learner's own documents, whole (the kept group rows carry no steps).
    const [{ lessons, publicLessons }, stored] = await Promise.all([
      this.content.lessonsOf(scope.courseSlugs, locale),
      this.progress.forReport([learnerId], scope.courseSlugs),
    ]);
    const rows = stored.flatMap((doc) => {
      const lesson = publicLessons.get(doc.lessonId);
      return lesson ? [toLearnerLessonProgress(doc, lesson, now)] : [];
    });
    return learnerReport(lessons, rows);
  }

  /** When each learner was active in the group's courses (to the minute), for attendance. */
  async activity(scope: GroupScope, now: Date): Promise<LearnerActivity[]> {
    const { rows, saving } = await this.load(scope, 'en', now);
    await saving;
    return activityOfRows(rows);
  }

  async csv(scope: GroupScope, locale: Locale, now: Date): Promise<string> {
    const { lessons, rows, saving } = await this.load(scope, locale, now);
    const csv = reportCsv(lessons, scope.members, rows, { locale, timeZone: scope.timeZone });
    await saving;
    return csv;
  }
}
