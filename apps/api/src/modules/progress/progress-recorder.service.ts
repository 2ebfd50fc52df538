import { Injectable } from '@nestjs/common';
import { SnapshotError, type Locale } from '@punte/course-engine';
import { BadUserInputError, DomainError } from '../../common/domain-errors';
import { LessonContentService, type PreparedLesson } from '../lessons/lesson-content.service';
import {
  applyBatch,
  type BatchResult,
  type EventOutcome,
  MAX_LOG_LENGTH,
  type StoredLog,
} from './apply-batch';
import { CourseCompletionService } from './course-completion.service';
import { progressStateOf } from './lesson-state';
import { type LearnerEventInput } from './models/learner-event.input';
import { type ProgressKey, ProgressRepository, type StoredProgress } from './progress.repository';

export const MAX_BATCH = 200;

type LoadedProgress = StoredProgress & { logComplete: boolean };

function toStoredLog(doc: LoadedProgress): StoredLog {
  return {
    snapshot: doc.snapshot,
    events: doc.events,
    refused: doc.refused,
    seed: doc.seed,
    eventCount: doc.eventCount ?? doc.events.length,
    logComplete: doc.logComplete,
  };
}
/** Concurrent batches on one lesson are rare (two tabs, two devices): a few retries settle them. */
const MAX_ATTEMPTS = 8;

export interface RecordedBatch {
  outcomes: EventOutcome[];
  lesson: LessonStanding;
  /** False for guests: their progress lives in their browser. */
  stored: boolean;
  courseCompletedAt: Date | null;
}

export interface LessonStanding {
  status: 'in-progress' | 'completed';
  currentStepId: string | null;
  stepNumber: number;
  stepCount: number;
}

export class ConcurrentWriteError extends DomainError {
  constructor() {
    super('too many simultaneous changes to this lesson: send the events again', 'CONFLICT');
  }
}

function assertEvents(events: readonly LearnerEventInput[], max: number): void {
  if (events.length > max)
    throw new BadUserInputError(`send at most ${max} events at once (got ${events.length})`);
  const bad = events.find((event) => !/^[A-Za-z0-9_-]{8,64}$/.test(event.id));
  if (bad)
    throw new BadUserInputError(`event id "${bad.id.slice(0, 80)}" must be 8 to 64 letters, digits, - or _`);
}

function standingOf(batch: BatchResult, lesson: PreparedLesson): LessonStanding {
  const context = batch.actor.getSnapshot().context;
  const steps = lesson.publicLesson.steps;
  const index = steps.findIndex((step) => step.id === context.currentStepId);
  return {
    status: context.currentStepId === null ? 'completed' : 'in-progress',
    currentStepId: context.currentStepId,
    stepNumber: index < 0 ? steps.length + 1 : index + 1,
    stepCount: steps.length,
  };
}

/**
 * Records a batch of learner events: replayed through the engine with the answer key, appended to
 * the learner's log with the new snapshot under optimistic concurrency (a concurrent batch makes
 * this one start again from the document that batch wrote, so nothing is lost).
 */
@Injectable()
export class ProgressRecorderService {
  constructor(
    private readonly content: LessonContentService,
    private readonly repository: ProgressRepository,
    private readonly completion: CourseCompletionService,
  ) {}

  async record(
    learnerId: string,
    courseSlug: string,
    lessonId: string,
    locale: Locale,
    events: readonly LearnerEventInput[],
  ): Promise<RecordedBatch> {
    assertEvents(events, MAX_BATCH);
    const key: ProgressKey = { learnerId, courseSlug, lessonId };
    const ids = [...new Set(events.map((event) => event.id))];
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const [lesson, doc] = await Promise.all([
        this.content.lesson(courseSlug, lessonId),
        this.readLog(key, ids),
      ]);
      const now = new Date();
      let batch: BatchResult;
      try {
        batch = applyBatch(lesson, doc && toStoredLog(doc), events, { locale, seed: learnerId, now });
      } catch (error) {
        if (!(error instanceof SnapshotError) || !doc || doc.logComplete) throw error;
        // The snapshot cannot be used: replay the whole log instead.
        const full = await this.repository.find(key);
        batch = applyBatch(lesson, full && toStoredLog({ ...full, logComplete: true }), events, {
          locale,
          seed: learnerId,
          now,
        });
      }
      if (!(await this.write(key, lesson, doc, batch, now))) continue;
      const finishedNow =
        batch.logged.length > 0 &&
        doc?.status !== 'completed' &&
        standingOf(batch, lesson).status === 'completed';
      // Course completion is looked at only when a lesson was just finished (one query fewer per batch),
      // not when a finished lesson's sheet is edited from the plan; the course's date is set once anyway.
      const courseCompletedAt = finishedNow ? await this.completion.checkCourse(learnerId, courseSlug) : null;
      return { outcomes: batch.outcomes, lesson: standingOf(batch, lesson), stored: true, courseCompletedAt };
    }
    throw new ConcurrentWriteError();
  }

  /** The document without its logs, unless the batch repeats an event already there (a retry). */
  private async readLog(key: ProgressKey, ids: string[]): Promise<LoadedProgress | null> {
    const { doc, seen } = await this.repository.findHead(key, ids);
    if (!doc) return null;
    if (!seen) return { ...doc, logComplete: false };
    const full = await this.repository.find(key);
    return full && { ...full, logComplete: true };
  }

  /** A guest's whole log, graded and checked the same way; nothing is stored. */
  async replayGuest(
    courseSlug: string,
    lessonId: string,
    locale: Locale,
    guestSeed: string,
    events: readonly LearnerEventInput[],
  ): Promise<RecordedBatch> {
    assertEvents(events, MAX_LOG_LENGTH);
    if (!/^[A-Za-z0-9_-]{8,64}$/.test(guestSeed))
      throw new BadUserInputError('guestSeed must be 8 to 64 letters, digits, - or _');
    const lesson = await this.content.lesson(courseSlug, lessonId);
    const batch = applyBatch(lesson, null, events, { locale, seed: guestSeed, now: new Date() });
    return {
      outcomes: batch.outcomes,
      lesson: standingOf(batch, lesson),
      stored: false,
      courseCompletedAt: null,
    };
  }

  private async write(
    key: ProgressKey,
    lesson: PreparedLesson,
    doc: LoadedProgress | null,
    batch: BatchResult,
    now: Date,
  ): Promise<boolean> {
    if (batch.logged.length === 0) {
      // Only refusals: their receipts are kept beside the progress, which is not touched.
      return doc && batch.refused.length > 0
        ? this.repository.addRefusals(key, doc.revision, batch.refused)
        : true;
    }
    const lastEventId = batch.logged.at(-1)?.id;
    const state = progressStateOf(lesson, batch.actor, lastEventId, doc, now);
    return doc
      ? this.repository.append(key, doc.revision, batch.logged, batch.refused, state)
      : this.repository.insert(key, batch.logged, batch.refused, state);
  }
}
