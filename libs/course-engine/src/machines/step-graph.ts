import type { Step, StepOutcome, StepRoute } from '../model/step';

/** The routing fields of a step: the full and the public view both have them. */
type Routable = { id: string; kind: Step['kind']; next?: string; routes?: StepRoute[] };

/** Stands for "the lesson ends" in routing. */
export const LESSON_END = null;

export function outcomesOf(step: Pick<Step, 'kind'>): StepOutcome[] {
  return step.kind === 'quiz' ? ['passed', 'failed'] : ['completed'];
}

/** Where a step leads on an outcome: its route, else `next`, else the following step, else the end. */
export function nextStepId(
  lesson: { steps: readonly Routable[] },
  stepIndex: number,
  outcome: StepOutcome,
): string | null {
  const step = lesson.steps[stepIndex];
  if (!step) return LESSON_END;
  const route = step.routes?.find((r) => r.on === outcome);
  if (route) return route.to;
  if (step.next) return step.next;
  return lesson.steps[stepIndex + 1]?.id ?? LESSON_END;
}
