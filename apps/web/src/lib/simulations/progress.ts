import { checkpointReached, nextCheckpoint, type Checkpoint } from '@punte/course-engine';
import type { ToolEvent } from './contract';
import type { AnyToolLogic, ToolAction, ToolContext } from './tool-module';

export interface Outcome {
  state: unknown;
  /** Every event to hand to the player, in order. */
  forwarded: ToolEvent[];
  reached: string[];
  newlyReached: string[];
  /** The first event that went the wrong way (same kind of event as a checkpoint, other target). */
  wrong?: ToolEvent;
}

type Checkpoints = readonly Checkpoint[];

function sameAs(c: Checkpoint, e: ToolEvent): boolean {
  return c.event === e.event && Object.entries(c.match ?? {}).every(([k, v]) => e.data?.[k] === v);
}

function reach(checkpoints: Checkpoints, reached: string[], e: ToolEvent): string | undefined {
  return checkpointReached({ checkpoints: checkpoints as Checkpoint[] }, reached, e);
}

/**
 * Wrong means: the learner did the kind of thing a checkpoint asks for, to the wrong thing (opened
 * another letter, typed another address) — or a tool's own mistake (a scam's link). Everything
 * else outside the scenario is harmless and not counted.
 */
function isWrong(
  logic: AnyToolLogic,
  ctx: ToolContext<unknown>,
  state: unknown,
  checkpoints: Checkpoints,
  e: ToolEvent,
): boolean {
  if (logic.isMistake?.(e, state, ctx)) return true;
  const targeted = checkpoints.filter((c) => c.event === e.event && c.match);
  if (!targeted.length) return false;
  return !checkpoints.some((c) => sameAs(c, e));
}

/** Runs one action through the tool and the step's checkpoints (the engine's own matching rules). */
export function applyAction(
  logic: AnyToolLogic,
  ctx: ToolContext<unknown>,
  checkpoints: Checkpoints,
  reachedBefore: readonly string[],
  state: unknown,
  action: ToolAction,
): Outcome {
  const { state: next, events } = logic.reduce(state, action, ctx);
  const reached = [...reachedBefore];
  const newlyReached: string[] = [];
  const forwarded: ToolEvent[] = [...events];
  let wrong: ToolEvent | undefined;
  for (const e of events) {
    const id = reach(checkpoints, reached, e);
    if (id) {
      reached.push(id);
      newlyReached.push(id);
    } else if (!wrong && isWrong(logic, ctx, next, checkpoints, e)) wrong = e;
  }
  // Something done earlier, out of order, counts as soon as its checkpoint comes up.
  for (let moved = true; moved;) {
    moved = false;
    for (const f of logic.facts(next, ctx)) {
      const id = reach(checkpoints, reached, f);
      if (!id) continue;
      reached.push(id);
      newlyReached.push(id);
      forwarded.push(f);
      moved = true;
    }
  }
  return { state: next, forwarded, reached, newlyReached, wrong: newlyReached.length ? undefined : wrong };
}

/** The checkpoint the learner is working towards now. */
export function currentCheckpoint(
  checkpoints: Checkpoints,
  reached: readonly string[],
): Checkpoint | undefined {
  return nextCheckpoint({ checkpoints: checkpoints as Checkpoint[] }, reached);
}

export function planNext(
  logic: AnyToolLogic,
  ctx: ToolContext<unknown>,
  checkpoints: Checkpoints,
  reached: readonly string[],
  state: unknown,
): ToolAction[] | undefined {
  const c = currentCheckpoint(checkpoints, reached);
  return c ? logic.plan(state, c, ctx) : undefined;
}

/**
 * Rebuilds a tool's state from the checkpoints already reached (another device, a lost local
 * state): each one's plan is replayed silently from the scenario's start.
 */
export function rebuild(
  logic: AnyToolLogic,
  ctx: ToolContext<unknown>,
  checkpoints: Checkpoints,
  reachedIds: readonly string[],
): unknown {
  let state = logic.init(ctx);
  let reached: string[] = [];
  for (const c of checkpoints) {
    if (!reachedIds.includes(c.id)) continue;
    for (const a of logic.plan(state, c, ctx) ?? []) {
      const o = applyAction(logic, ctx, checkpoints, reached, state, a);
      state = o.state;
      reached = o.reached;
    }
  }
  return state;
}
