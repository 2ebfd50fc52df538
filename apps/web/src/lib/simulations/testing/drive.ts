import type { Checkpoint } from '@punte/course-engine';
import type { Locale } from '../../i18n/locales';
import type { PracticeStepView } from '../contract';
import { applyAction } from '../progress';
import type { AnyToolLogic, ToolContext } from '../tool-module';

export interface DriveResult {
  reached: string[];
  /** The first checkpoint no plan could reach, with why. */
  stuck?: { checkpoint: string; reason: string };
  state: unknown;
}

/**
 * Drives a tool's reducer through a step's checkpoints (all, or only the required ones) the way
 * "show me" would, and says where it got stuck: a checkpoint that is unreachable in its scenario.
 */
export function driveStep(
  logic: AnyToolLogic,
  step: PracticeStepView,
  locale: Locale,
  which: 'all' | 'required' = 'all',
): DriveResult {
  const ctx: ToolContext<unknown> = { scenario: logic.parseScenario(step.scenario), locale };
  let state = logic.init(ctx);
  let reached: string[] = [];
  const targets = step.checkpoints.filter((c: Checkpoint) => which === 'all' || !c.optional);
  for (const c of targets) {
    if (reached.includes(c.id)) continue;
    const plan = logic.plan(state, c, ctx);
    if (!plan) return { reached, state, stuck: { checkpoint: c.id, reason: 'no plan reaches it from here' } };
    for (const a of plan) {
      const o = applyAction(logic, ctx, step.checkpoints, reached, state, a);
      state = o.state;
      reached = o.reached;
    }
    if (!reached.includes(c.id))
      return {
        reached,
        state,
        stuck: {
          checkpoint: c.id,
          reason: `its plan (${plan.map((a) => a.type).join(', ')}) did not reach it`,
        },
      };
  }
  return { reached, state };
}
