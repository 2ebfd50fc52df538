import { assign, sendTo, setup } from 'xstate';
import type { PracticeStep } from '../model/step';
import type { LessonEvent, StepReport, StepResult } from './events';
import { checkpointReached, practiceComplete, toolStateOf } from './practice.logic';

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
   * `checkpoint.reach` events whose `event` is `PRACTICE_STATE_EVENT`, so a reload resumes the task.
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
  guards: {
    checkpointMatches: ({ context, event }) =>
      event.type === 'checkpoint.reach' &&
      checkpointReached(context.step, context.reached, event) !== undefined,
    allReached: ({ context }) => practiceComplete(context.step, context.reached),
    // A state equal to the one kept changes nothing, so it is not stored as progress either.
    savesToolState: ({ context, event }) => {
      const saved = toolStateOf(event);
      return saved !== undefined && saved !== context.toolState;
    },
  },
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
    end: assign({ endedAt: ({ event }) => event.at }),
    keepToolState: assign({ toolState: ({ event }) => toolStateOf(event) }),
  },
}).createMachine({
  id: 'practice',
  context: ({ input }) => practiceContextOf(input.step, input.earlier),
  initial: 'working',
  output: ({ context }) => ({ outcome: 'completed', reached: context.reached, at: context.endedAt }),
  // Optional checkpoints after the last required one still count once the step is complete.
  on: {
    'checkpoint.reach': [
      { guard: 'savesToolState', actions: 'keepToolState' },
      { guard: 'checkpointMatches', actions: ['reach', 'report'] },
    ],
  },
  states: {
    working: {
      always: { guard: 'allReached', target: 'complete' },
    },
    complete: {
      on: { 'step.next': { target: 'done', actions: 'end' } },
    },
    done: { type: 'final' },
  },
});

export type PracticeMachine = typeof practiceMachine;
