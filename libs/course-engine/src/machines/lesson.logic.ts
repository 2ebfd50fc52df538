import type { WorksheetStep } from '../model/step';
import type { PublicStep } from '../public-view';
import type { LessonEvent, StepReport, StepResult } from './events';
import type { LessonContext, LessonInput, StepProgress } from './progress-state';
import { emptyProgress, resumedContext } from './resume';
import { nextStepId } from './step-graph';

export const DEFAULT_MAX_IDLE_MS = 5 * 60_000;

export function stepById(ctx: Pick<LessonContext, 'lesson'>, id: string | null): PublicStep | undefined {
  return id === null ? undefined : ctx.lesson.steps.find((s) => s.id === id);
}

export function currentStep(ctx: LessonContext): PublicStep | undefined {
  return stepById(ctx, ctx.currentStepId);
}

/**
 * Entering a step (again, after remediation) keeps its totals; a quiz's questions and a practice's
 * checkpoints start afresh in the child machine the new visit invokes.
 */
export function enterStep(ctx: LessonContext, stepId: string | null): LessonContext {
  const step = stepById(ctx, stepId);
  if (!step) return { ...ctx, currentStepId: null };
  const before = ctx.steps[step.id] ?? emptyProgress(ctx.lastEventAt);
  const progress: StepProgress = {
    ...before,
    visits: before.visits + 1,
    status: 'in-progress',
    lastProgressAt: ctx.lastEventAt,
  };
  return {
    ...ctx,
    currentStepId: step.id,
    trail: [...ctx.trail, step.id],
    steps: { ...ctx.steps, [step.id]: progress },
  };
}

export function initialContext(input: LessonInput): LessonContext {
  if (input.resume) {
    const resumed = resumedContext(input.lesson, input.resume);
    if (input.answerKey) resumed.answerKey = input.answerKey;
    return resumed;
  }
  const ctx: LessonContext = {
    lesson: input.lesson,
    locale: input.locale ?? 'ro',
    seed: input.seed,
    startedAt: input.now,
    lastEventAt: input.now,
    currentStepId: null,
    trail: [],
    steps: {},
    maxIdleMs: input.maxIdleMs ?? DEFAULT_MAX_IDLE_MS,
  };
  if (input.answerKey) ctx.answerKey = input.answerKey;
  if (input.fallbackLocale) ctx.fallbackLocale = input.fallbackLocale;
  return enterStep(ctx, input.lesson.steps[0]?.id ?? null);
}

export function updateCurrent(ctx: LessonContext, change: (p: StepProgress) => StepProgress): LessonContext {
  const id = ctx.currentStepId;
  const p = id === null ? undefined : ctx.steps[id];
  if (id === null || !p) return ctx;
  return { ...ctx, steps: { ...ctx.steps, [id]: change(p) } };
}

/** Adds the time since the previous accepted event to the current step, ignoring long idle gaps. */
export function touch(ctx: LessonContext, at: number | undefined): LessonContext {
  if (at === undefined || at <= ctx.lastEventAt) return ctx;
  const gap = at - ctx.lastEventAt;
  const counted = gap > ctx.maxIdleMs ? 0 : gap;
  return updateCurrent({ ...ctx, lastEventAt: at }, (p) => ({ ...p, timeMs: p.timeMs + counted }));
}

/** Ends the current step with `result` (a child machine's output, or `completed`) and enters the step it leads to. */
export function finishStep(ctx: LessonContext, result: StepResult): LessonContext {
  const { outcome, at: _at, ...recorded } = result;
  const index = ctx.lesson.steps.findIndex((s) => s.id === ctx.currentStepId);
  const { resumedVisit: _taken, ...left } = ctx;
  const done = updateCurrent(left, (p) => ({
    ...p,
    ...recorded,
    status: outcome,
    lastProgressAt: ctx.lastEventAt,
  }));
  return enterStep(done, nextStepId(ctx.lesson, index, outcome));
}

/** Step totals after a child machine accepted a learner event; its time was already counted by `touch`. */
export function applyReport(p: StepProgress, { event }: StepReport, now: number): StepProgress {
  if (event.type === 'answer.submit') {
    const correct = event.result?.correct === true;
    return {
      ...p,
      attempts: p.attempts + 1,
      failedAttempts: p.failedAttempts + (correct ? 0 : 1),
      failuresInARow: correct ? 0 : p.failuresInARow + 1,
      lastProgressAt: correct ? now : p.lastProgressAt,
    };
  }
  if (event.type === 'hint.request') return { ...p, hintsUsed: p.hintsUsed + 1 };
  return event.type === 'checkpoint.reach' ? { ...p, lastProgressAt: now } : p;
}

type WorksheetSave = Extract<LessonEvent, { type: 'worksheet.save' }>;

/** The worksheet a save is for: the current step, or (`stepId`) one the learner has already entered. */
export function worksheetTarget(ctx: LessonContext, event: WorksheetSave): WorksheetStep | undefined {
  const step = stepById(ctx, event.stepId ?? ctx.currentStepId);
  return step?.kind === 'worksheet' && ctx.steps[step.id] ? step : undefined;
}

/** Merges the saved values into the worksheet's answers (the values were checked by the guard). */
export function saveWorksheet(ctx: LessonContext, event: WorksheetSave): LessonContext {
  const step = worksheetTarget(ctx, event);
  const before = step && ctx.steps[step.id];
  if (!step || !before) return ctx;
  const progress = {
    ...before,
    answers: { ...before.answers, ...event.values },
    lastProgressAt: ctx.lastEventAt,
  };
  return { ...ctx, steps: { ...ctx.steps, [step.id]: progress } };
}
