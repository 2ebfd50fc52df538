import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { type LiveProgressDoc } from '../live/learner-now';
import { LessonProgressView } from './progress-view.schema';
import { type ProgressHead } from './report-rows';
import { type StoredLessonProgress } from './stored-progress';

/** What the live view reads of a learner's latest lesson, by course. */
export type LiveProgressRow = LiveProgressDoc & { courseSlug: string };

/** Reads learners' lesson progress for reports and the live view; never writes it. */
@Injectable()
export class ProgressViewRepository {
  constructor(@InjectModel(LessonProgressView.name) private readonly progress: Model<LessonProgressView>) {}

  /**
   * Every lesson document of these learners in these courses, with the log's receipt times,
   * events and verdicts' correctness, and the snapshot's step totals. The learnerId prefix of the
   * progress store's unique index (learnerId, courseSlug, lessonId) serves the query.
   */
  forReport(
    learnerIds: readonly string[],
    courseSlugs: readonly string[],
  ): Promise<(StoredLessonProgress & { courseSlug: string; revision?: number })[]> {
    return this.findForReport({ learnerId: { $in: learnerIds }, courseSlug: { $in: courseSlugs } });
  }

  /** Just these documents, for the few lessons that changed since the report was last computed. */
  forReportKeys(
    keys: readonly Pick<ProgressHead, 'learnerId' | 'courseSlug' | 'lessonId'>[],
  ): Promise<(StoredLessonProgress & { courseSlug: string; revision?: number })[]> {
    if (!keys.length) return Promise.resolve([]);
    return this.findForReport({
      $or: keys.map(({ learnerId, courseSlug, lessonId }) => ({ learnerId, courseSlug, lessonId })),
    });
  }

  /** Which documents exist and when each last changed: three small fields per document. */
  heads(learnerIds: readonly string[], courseSlugs: readonly string[]): Promise<ProgressHead[]> {
    return this.progress
      .find(
        { learnerId: { $in: learnerIds }, courseSlug: { $in: courseSlugs } },
        { _id: 0, learnerId: 1, courseSlug: 1, lessonId: 1, lastActivityAt: 1, revision: 1 },
      )
      .lean<ProgressHead[]>()
      .exec();
  }

  private findForReport(
    filter: Record<string, unknown>,
  ): Promise<(StoredLessonProgress & { courseSlug: string; revision?: number })[]> {
    return this.progress
      .find(filter, {
        _id: 0,
        learnerId: 1,
        courseSlug: 1,
        lessonId: 1,
        lastActivityAt: 1,
        // The kept report row records the revision it was computed from; without it every report
        // would find every row stale and recompute the whole group.
        revision: 1,
        'snapshot.state.context.steps': 1,
        'snapshot.state.context.currentStepId': 1,
        'events.receivedAt': 1,
        'events.event': 1,
        'events.verdict.correct': 1,
      })
      .lean<(StoredLessonProgress & { courseSlug: string; revision?: number })[]>()
      .exec();
  }

  /**
   * Each learner's most recently active lesson, without the event log, in one round trip: the
   * database sorts the group's documents by activity and keeps each learner's first, so a poll
   * neither ships every lesson's head to the API nor waits for a second read.
   */
  latestPerLearner(
    learnerIds: readonly string[],
    courseSlugs: readonly string[],
  ): Promise<LiveProgressRow[]> {
    if (!learnerIds.length) return Promise.resolve([]);
    return this.progress
      .aggregate<LiveProgressRow>([
        { $match: { learnerId: { $in: learnerIds }, courseSlug: { $in: courseSlugs } } },
        { $sort: { learnerId: 1, lastActivityAt: -1 } },
        // Dropped before grouping: only the snapshot's fields a card shows travel further.
        { $project: LIVE_FIELDS },
        { $group: { _id: '$learnerId', latest: { $first: '$$ROOT' } } },
        { $replaceRoot: { newRoot: '$latest' } },
      ])
      .exec();
  }
}

const LIVE_FIELDS = {
  _id: 0,
  learnerId: 1,
  courseSlug: 1,
  lessonId: 1,
  status: 1,
  lastActivityAt: 1,
  'snapshot.state.context.steps': 1,
  'snapshot.state.context.currentStepId': 1,
  'snapshot.state.children.practice.snapshot.context.reached': 1,
};
