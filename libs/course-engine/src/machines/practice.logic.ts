import type { Checkpoint } from '../model/practice';
import type { PracticeStep } from '../model/step';

export interface CheckpointReport {
  checkpointId?: string;
  event?: string;
  data?: Record<string, unknown>;
}

/**
 * The tool event that carries a simulation's own state (`data.state`, its JSON text) rather than
 * something the learner did: it never reaches a checkpoint (no tool reports an event of this name).
 */
export const PRACTICE_STATE_EVENT = 'practice.state';

/** At most this many characters of tool state are kept (the server refuses larger tool data). */
export const MAX_TOOL_STATE_LENGTH = 3600;

/** The tool state a report carries, or undefined when it is not a state report or too large. */
export function toolStateOf(report: CheckpointReport & { type?: string }): string | undefined {
  if (report.type !== undefined && report.type !== 'checkpoint.reach') return undefined;
  if (report.event !== PRACTICE_STATE_EVENT || report.checkpointId !== undefined) return undefined;
  const state = report.data?.['state'];
  return typeof state === 'string' && state.length <= MAX_TOOL_STATE_LENGTH ? state : undefined;
}

function matches(c: Checkpoint, report: CheckpointReport): boolean {
  if (report.checkpointId !== undefined) return report.checkpointId === c.id;
  if (report.event !== c.event) return false;
  return Object.entries(c.match ?? {}).every(([k, v]) => report.data?.[k] === v);
}

/**
 * Checkpoints are reached in order; optional ones may be skipped, so the candidates are
 * everything after the last reached one up to and including the next required one.
 */
export function checkpointReached(
  step: Pick<PracticeStep, 'checkpoints'>,
  reached: readonly string[],
  report: CheckpointReport,
): string | undefined {
  const lastIndex = step.checkpoints.reduce((max, c, i) => (reached.includes(c.id) ? i : max), -1);
  for (let i = lastIndex + 1; i < step.checkpoints.length; i++) {
    const c = step.checkpoints[i] as Checkpoint;
    if (matches(c, report)) return c.id;
    if (!c.optional) return undefined;
  }
  return undefined;
}

export function practiceComplete(
  step: Pick<PracticeStep, 'checkpoints'>,
  reached: readonly string[],
): boolean {
  return step.checkpoints.every((c) => c.optional || reached.includes(c.id));
}

/** The guidance to show now: the next checkpoint not yet reached. */
export function nextCheckpoint(
  step: Pick<PracticeStep, 'checkpoints'>,
  reached: readonly string[],
): Checkpoint | undefined {
  const lastIndex = step.checkpoints.reduce((max, c, i) => (reached.includes(c.id) ? i : max), -1);
  return step.checkpoints.slice(lastIndex + 1).find((c) => !c.optional) ?? step.checkpoints[lastIndex + 1];
}
