import type { SnapshotFrom } from 'xstate';
import type { LessonEvent, LessonEventType } from '../machines/events';
import type { LessonMachine } from '../machines/lesson.machine';
import type { LessonActor } from './lesson-snapshot';

/** One thing the learner did, as stored: the id is made by the client so retries are harmless. */
export interface LearnerEvent {
  id: string;
  /** Learner's clock, ms since epoch. */
  at: number;
  event: LessonEvent;
}

/**
 * The events whose id is not in `seen` and not repeated earlier in the list, in order; their ids
 * are added to `seen`. The one place an event id counts once: the log and the replay both use it.
 */
export function unseenEvents(events: readonly LearnerEvent[], seen: Set<string> = new Set()): LearnerEvent[] {
  return events.filter((e) => !seen.has(e.id) && !!seen.add(e.id));
}

/** Appends what is new; an id already in the log is ignored, so sending twice changes nothing. */
export function appendEvents(
  log: readonly LearnerEvent[],
  incoming: readonly LearnerEvent[],
): LearnerEvent[] {
  return [...log, ...unseenEvents(incoming, new Set(log.map((e) => e.id)))];
}

const LEARNER_EVENT_TYPES: ReadonlySet<string> = new Set<LessonEventType>([
  'step.next',
  'video.progress',
  'answer.submit',
  'hint.request',
  'checkpoint.reach',
  'solution.reveal',
  'worksheet.save',
]);

/**
 * True for the events a learner may report. The machines also handle events their children send
 * (`step.recorded`, the `xstate.done.actor.*` outcome); a forged one would let a learner skip a
 * quiz, so anything fed from outside goes through this check first.
 */
export function isLessonEvent(value: unknown): value is LessonEvent {
  return LEARNER_EVENT_TYPES.has((value as { type?: string } | null)?.type as string);
}

const visitOf = (s: SnapshotFrom<LessonMachine>) => (s.children.quiz ?? s.children.practice)?.getSnapshot();

/**
 * Sends one learner event and says whether the engine took it: true when the lesson or the visit in
 * progress changed. A refused event (not a learner's event type, an answer to a question that is not
 * open, an answer without a verdict, a checkpoint that does not match, a `step.next` the step does not
 * allow yet, worksheet values that do not fit) changes nothing and must not be stored as progress.
 */
export function sendLearnerEvent(actor: LessonActor, { event, at }: LearnerEvent): boolean {
  // Only what a learner can do: a forged child report or outcome would skip a quiz.
  if (!isLessonEvent(event)) return false;
  const before = actor.getSnapshot();
  const visit = visitOf(before);
  actor.send({ ...event, at });
  const after = actor.getSnapshot();
  // xstate keeps the same objects when nothing was assigned: identity says whether anything changed.
  return after.context !== before.context || after.value !== before.value || visitOf(after) !== visit;
}
