import { createActor } from 'xstate';
import type { Locale } from '../model/locale';
import { lessonMachine, type LessonMachine } from '../machines/lesson.machine';
import type { AnswerKey, PublicLesson } from '../public-view';
import { sendLearnerEvent, unseenEvents, type LearnerEvent } from './learner-events';
import { restoreLesson, SnapshotError, type LessonActor } from './lesson-snapshot';

export interface ReplayOptions {
  seed: string | number;
  startedAt: number;
  locale?: Locale;
  /** Default: the lesson's `fallbackLocale`. */
  fallbackLocale?: Locale;
  answerKey?: AnswerKey;
  machine?: LessonMachine;
  maxIdleMs?: number;
}

function sendAll(actor: LessonActor, events: readonly LearnerEvent[], seen: Set<string>): void {
  for (const e of unseenEvents(events, seen)) sendLearnerEvent(actor, e);
}

/** Rebuilds the learner's state from scratch; an event id seen twice is applied once. */
export function replay(
  lesson: PublicLesson,
  events: readonly LearnerEvent[],
  options: ReplayOptions,
): LessonActor {
  // Options the machine does not take (startedAt, machine) are ignored by its context factory.
  const input = { ...options, lesson, now: options.startedAt };
  const actor = createActor(options.machine ?? lessonMachine, { input }).start();
  sendAll(actor, events, new Set());
  return actor;
}

export interface Resumed {
  actor: LessonActor;
  from: 'snapshot' | 'replay';
  /** Why the snapshot was not used. */
  error?: SnapshotError;
}

/** Restores from the snapshot and applies the events after it; a bad snapshot falls back to a full replay. */
export function resumeLesson(
  lesson: PublicLesson,
  snapshot: unknown,
  events: readonly LearnerEvent[],
  options: ReplayOptions,
): Resumed {
  try {
    const actor = restoreLesson(lesson, snapshot, options);
    const lastId = (snapshot as { lastEventId?: string }).lastEventId;
    const cut = lastId === undefined ? 0 : events.findIndex((e) => e.id === lastId) + 1;
    sendAll(actor, events.slice(cut), new Set(events.slice(0, cut).map((e) => e.id)));
    return { actor, from: 'snapshot' };
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    return { actor: replay(lesson, events, options), from: 'replay', error };
  }
}
