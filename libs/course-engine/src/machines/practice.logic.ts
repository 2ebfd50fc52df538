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
 * A type, not a constant: the engine's browser bundle stays within its budget.
 */
export type PracticeStateEvent = 'practice.state';

const matches = (c: Checkpoint, report: CheckpointReport): boolean =>
  report.checkpointId !== undefined
    ? report.checkpointId === c.id
    : report.event === c.event && Object.entries(c.match ?? {}).every(([k, v]) => report.data?.[k] === v);

/** The checkpoints after the last one reached, in order. */
const ahead = ({ checkpoints }: Pick<PracticeStep, 'checkpoints'>, reached: readonly string[]) =>
  checkpoints.slice(checkpoints.reduce((max, c, i) => (reached.includes(c.id) ? i + 1 : max), 0));

/**
 * Checkpoints are reached in order; optional ones may be skipped, so the candidates are
 * everything after the last reached one up to and including the next required one.
 */
export function checkpointReached(
  step: Pick<PracticeStep, 'checkpoints'>,
  reached: readonly string[],
  report: CheckpointReport,
): string | undefined {
  for (const c of ahead(step, reached)) {
    if (matches(c, report)) return c.id;
    if (!c.optional) break;
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
  const left = ahead(step, reached);
  return left.find((c) => !c.optional) ?? left[0];
}
