import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, type mongo } from 'mongoose';
import {
  CourseCompletionRecord,
  LessonProgressRecord,
  type LoggedEvent,
  type RefusalReceipt,
} from './progress.schema';

export type ProgressKey = Pick<LessonProgressRecord, 'learnerId' | 'courseSlug' | 'lessonId'>;
export type StoredProgress = LessonProgressRecord & { _id: unknown };

/** What a write changes besides the log: the snapshot and the fields lists read. */
export type ProgressState = Omit<
  LessonProgressRecord,
  'learnerId' | 'courseSlug' | 'lessonId' | 'revision' | 'events' | 'refused' | 'eventCount'
>;

/** The document without its logs (what most batches need), and whether the logs hold any of the batch's ids. */
export interface ProgressHead {
  doc: StoredProgress | null;
  seen: boolean;
}

const HEAD_FIELDS = [
  'learnerId',
  'courseSlug',
  'lessonId',
  'seed',
  'revision',
  'eventCount',
  'snapshot',
  'contentVersion',
  'status',
  'currentStepId',
  'stepNumber',
  'stepCount',
  'quizzes',
  'allQuizzesPassed',
  'completedAt',
  'lastActivityAt',
];

/** The lesson fields "my course progress" lists, without the logs and snapshots. */
export type ProgressListing = Pick<
  LessonProgressRecord,
  | 'lessonId'
  | 'status'
  | 'currentStepId'
  | 'stepNumber'
  | 'stepCount'
  | 'quizzes'
  | 'allQuizzesPassed'
  | 'completedAt'
  | 'lastActivityAt'
>;

const LISTING = {
  lessonId: 1,
  status: 1,
  currentStepId: 1,
  stepNumber: 1,
  stepCount: 1,
  quizzes: 1,
  allQuizzesPassed: 1,
  completedAt: 1,
  lastActivityAt: 1,
};

const REFUSAL_RECEIPTS_KEPT = 500;

function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: number } | null)?.code === 11000;
}

/** The only code that touches the progress collections. */
@Injectable()
export class ProgressRepository {
  constructor(
    @InjectModel(LessonProgressRecord.name) private readonly progress: Model<LessonProgressRecord>,
    @InjectModel(CourseCompletionRecord.name) private readonly completions: Model<CourseCompletionRecord>,
  ) {}

  find(key: ProgressKey): Promise<StoredProgress | null> {
    return this.progress.findOne(key).lean<StoredProgress>().exec();
  }

  /**
   * One read of everything but the logs: `$elemMatch` brings back a logged or refused event only if
   * the batch repeats one, and only then must the caller read the whole document.
   */
  async findHead(key: ProgressKey, ids: string[]): Promise<ProgressHead> {
    const projection: Record<string, unknown> = Object.fromEntries(HEAD_FIELDS.map((field) => [field, 1]));
    projection.events = { $elemMatch: { id: { $in: ids } } };
    projection.refused = { $elemMatch: { id: { $in: ids } } };
    // The driver directly: this read runs for every batch, and a lean mongoose query adds casting
    // and hooks that a projection of plain fields does not need.
    const doc = (await this.progress.collection.findOne(key, { projection })) as StoredProgress | null;
    if (!doc) return { doc: null, seen: false };
    const seen = (doc.events?.length ?? 0) > 0 || (doc.refused?.length ?? 0) > 0;
    return { doc: { ...doc, events: [], refused: [] }, seen };
  }

  /** Creates the document; false when another request created it first (the caller retries). */
  async insert(
    key: ProgressKey,
    events: LoggedEvent[],
    refused: RefusalReceipt[],
    state: ProgressState,
  ): Promise<boolean> {
    try {
      await this.progress.create({
        ...key,
        ...state,
        revision: 1,
        events,
        eventCount: events.length,
        refused,
      });
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  /**
   * Appends to the log and replaces the state, only if nobody wrote since `revision` was read:
   * false means a concurrent batch won and the caller must recompute from the new document.
   */
  async append(
    key: ProgressKey,
    revision: number,
    events: LoggedEvent[],
    refused: RefusalReceipt[],
    state: ProgressState,
  ): Promise<boolean> {
    // The write of every batch goes to the driver: mongoose would clone and cast the snapshot and
    // the events (Mixed: nothing to cast) on each call. updatedAt is what its timestamps would set.
    const update = {
      $push: {
        events: { $each: events },
        refused: { $each: refused, $slice: -REFUSAL_RECEIPTS_KEPT },
      },
      $inc: { eventCount: events.length },
      $set: { ...state, revision: revision + 1, updatedAt: new Date() },
    } as unknown as mongo.UpdateFilter<mongo.Document>;
    const result = await this.progress.collection.updateOne({ ...key, revision }, update, {
      ignoreUndefined: true,
    });
    return result.matchedCount === 1;
  }

  /** Keeps receipts of refused events (so a batch sent again is answered the same), under the revision rule. */
  async addRefusals(key: ProgressKey, revision: number, refused: RefusalReceipt[]): Promise<boolean> {
    const result = await this.progress
      .updateOne(
        { ...key, revision },
        { $inc: { revision: 1 }, $push: { refused: { $each: refused, $slice: -REFUSAL_RECEIPTS_KEPT } } },
      )
      .exec();
    return result.matchedCount === 1;
  }

  /** Replaces the whole log (a guest's progress carried to the account), under the same revision rule. */
  async replace(
    key: ProgressKey,
    revision: number,
    events: LoggedEvent[],
    state: ProgressState,
  ): Promise<boolean> {
    const result = await this.progress
      .updateOne(
        { ...key, revision },
        { $set: { ...state, events, eventCount: events.length, refused: [], revision: revision + 1 } },
      )
      .exec();
    return result.matchedCount === 1;
  }

  listForCourse(learnerId: string, courseSlug: string): Promise<ProgressListing[]> {
    return this.progress.find({ learnerId, courseSlug }, LISTING).lean<ProgressListing[]>().exec();
  }

  findCompletion(learnerId: string, courseSlug: string): Promise<CourseCompletionRecord | null> {
    return this.completions.findOne({ learnerId, courseSlug }).lean<CourseCompletionRecord>().exec();
  }

  /** Records the completion once: a later call keeps the first date. Returns the record as stored. */
  async recordCompletion(
    learnerId: string,
    courseSlug: string,
    completedAt: Date,
    contentVersion: string,
  ): Promise<CourseCompletionRecord> {
    try {
      await this.completions
        .updateOne(
          { learnerId, courseSlug },
          { $setOnInsert: { learnerId, courseSlug, completedAt, contentVersion } },
          { upsert: true },
        )
        .exec();
    } catch (error) {
      // Two requests completing the course at once: the other one's insert won, which is the point.
      if (!isDuplicateKey(error)) throw error;
    }
    return (await this.findCompletion(learnerId, courseSlug)) as CourseCompletionRecord;
  }
}
