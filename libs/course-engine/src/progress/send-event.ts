import type { SnapshotFrom } from 'xstate';
import type { LessonMachine } from '../machines/lesson.machine';
import { isLessonEvent, type LearnerEvent } from './learner-events';
import type { LessonActor } from './lesson-snapshot';

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
