import { type PublicLesson } from '@punte/course-engine';
import { type LearnerActivity } from '../attendance/derive-attendance';
import { type LearnerLessonProgress } from './report-input';
import { type StoredLessonProgress, activityOf, toLearnerLessonProgress } from './stored-progress';

/** A learner's lesson as reports use it, and when its source last changed. */
export interface CachedReportRow extends LearnerLessonProgress {
  courseSlug: string;
  /** The progress document's lastActivityAt and revision this row was computed from. */
  sourceAt: Date;
  sourceRevision?: number;
  /** When the learner was active in this lesson (server receipt times), for attendance. */
  activity: Date[];
}

/** The identity and freshness of a progress document, read cheaply. */
export interface ProgressHead {
  learnerId: string;
  courseSlug: string;
  lessonId: string;
  lastActivityAt: Date;
  /** The progress store's optimistic-concurrency counter: every write moves it. */
  revision?: number;
}

export const rowKey = (row: { learnerId: string; courseSlug: string; lessonId: string }) =>
  `${row.learnerId}|${row.courseSlug}|${row.lessonId}`;

/** The heads whose cached row is missing or older than the document. */
export function staleHeads(
  heads: readonly ProgressHead[],
  cached: readonly CachedReportRow[],
): ProgressHead[] {
  const version = (at: Date | string, revision: number | undefined) =>
    `${new Date(at).getTime()}#${revision ?? ''}`;
  const known = new Map(cached.map((row) => [rowKey(row), version(row.sourceAt, row.sourceRevision)]));
  return heads.filter((head) => known.get(rowKey(head)) !== version(head.lastActivityAt, head.revision));
}

/**
 * A group report's row, kept small (a group of 30 × 40 keeps 1,200 of them): no per-step totals
 * (the learner report reads those from the documents), only the wrong answers (the right ones
 * count nowhere), activity to the minute (attendance needs no finer).
 */
export function toCachedRow(
  stored: StoredLessonProgress & { courseSlug: string; revision?: number },
  lesson: PublicLesson,
  now: Date,
): CachedReportRow {
  const progress = toLearnerLessonProgress(stored, lesson, now);
  const minutes = new Set(activityOf([stored]).map((a) => Math.floor(a.at.getTime() / 60_000)));
  return {
    ...progress,
    summary: { ...progress.summary, steps: [] },
    answers: progress.answers.filter((a) => !a.correct),
    courseSlug: stored.courseSlug,
    sourceAt: stored.lastActivityAt,
    ...(stored.revision === undefined ? {} : { sourceRevision: stored.revision }),
    activity: [...minutes].map((minute) => new Date(minute * 60_000)),
  };
}

/**
 * The rows for the current heads: cached rows still current, recomputed ones for the rest; rows
 * whose document is gone (a learner who left the group) drop out.
 */
export function mergeRows(
  heads: readonly ProgressHead[],
  cached: readonly CachedReportRow[],
  recomputed: readonly CachedReportRow[],
): CachedReportRow[] {
  const byKey = new Map(cached.map((row) => [rowKey(row), row]));
  for (const row of recomputed) byKey.set(rowKey(row), row);
  return heads.flatMap((head) => {
    const row = byKey.get(rowKey(head));
    return row ? [row] : [];
  });
}

export function activityOfRows(rows: readonly CachedReportRow[]): LearnerActivity[] {
  return rows.flatMap((row) => row.activity.map((at) => ({ learnerId: row.learnerId, at: new Date(at) })));
}
