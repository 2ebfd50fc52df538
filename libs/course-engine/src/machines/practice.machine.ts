import { assign, sendTo, setup } from 'xstate';
import type { PracticeStep } from '../model/step';
import type { LessonEvent, StepReport, StepResult } from './events';
import { checkpointReached, practiceComplete, type PracticeStateEvent } from './practice.logic';

export type PracticeEvent = Extract<LessonEvent, { type: 'checkpoint.reach' | 'step.next' }>;

export interface PracticeInput {
  step: PracticeStep;
  /** Checkpoints reached before a content update; kept for those that still exist. */
  earlier?: readonly string[];
}

/** One visit to a practice step. `step` is content; a stored snapshot keeps only the rest. */
export interface PracticeContext {
  step: PracticeStep;
  /** Checkpoint ids in the order reached. */
  reached: string[];
  /** The learner's clock on the `step.next` that ended the step. */
  endedAt?: number;
  /**
   * The simulated tool's own state (drafts, settings changed), as the tool wrote it: taken from
   * `checkpoint.reach` events whose `event` is `'practice.state'` (`PracticeStateEvent`), so a reload resumes the task.
   */
  toolState?: string;
}

/** A fresh visit, or (on restore) one that keeps the reached checkpoints that still exist. */
export function practiceContextOf(step: PracticeStep, earlier: readonly string[] = []): PracticeContext {
  return { step, reached: earlier.filter((id) => step.checkpoints.some((c) => c.id === id)) };
}

/**
 * A practice step: the simulation reports what the learner did, checkpoints are reached in
 * order, and `step.next` ends the step once every required one is reached.
 */
export const practiceMachine = setup({
  types: {} as { context: PracticeContext; events: PracticeEvent; input: PracticeInput; output: StepResult },
  actions: {
    reach: assign({
      reached: ({ context, event }) => [
        ...context.reached,
        checkpointReached(
          context.step,
          context.reached,
          event as PracticeEvent & { type: 'checkpoint.reach' },
        ) as string,
      ],
    }),
    // Standalone (without a lesson) there is no parent: the report then goes to this machine, which ignores it.
    report: sendTo(
      ({ self }) => self._parent ?? self,
      ({ event }): StepReport => ({ type: 'step.recorded', event }),
    ),
  },
}).createMachine({
  id: 'practice',
  context: ({ input }) => practiceContextOf(input.step, input.earlier),
  initial: 'working',
  output: ({ context }) => ({ outcome: 'completed', reached: context.reached, at: context.endedAt }),
  // Optional checkpoints after the last required one still count once the step is complete.
  on: {
    'checkpoint.reach': [
      {
        // The tool's own state, kept as it comes (the server bounds its size; the player sends only changes).
        guard: ({ event }) => event.event === ('practice.state' satisfies PracticeStateEvent),
        actions: assign({ toolState: ({ event }) => event.data?.state as string }),
      },
      {
        guard: ({ context, event }) => checkpointReached(context.step, context.reached, event) !== undefined,
        actions: ['reach', 'report'],
      },
    ],
  },
  states: {
    working: {
      always: { guard: ({ context }) => practiceComplete(context.step, context.reached), target: 'complete' },
    },
    complete: {
      // The learner's clock on the `step.next` that ends the step.
      on: { 'step.next': { target: 'done', actions: assign({ endedAt: ({ event }) => event.at }) } },
    },
    done: { type: 'final' },
  },
});

export type PracticeMachine = typeof practiceMachine;
