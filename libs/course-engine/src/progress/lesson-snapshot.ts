import { createActor, type Actor } from 'xstate';
import { lessonMachine, type LessonMachine } from '../machines/lesson.machine';
import { nextStepId } from '../machines/step-graph';
import type { LessonContext, StepProgress } from '../machines/progress-state';
import { freshQuestion, quizOrder } from '../machines/quiz.logic';
import type { AnswerKey, PublicLesson } from '../public-view';
import { contentVersionOf } from './content-version';

export const SNAPSHOT_FORMAT = 'punte.lesson-snapshot/1';

/** The persisted state without the lesson text and answer key, which are loaded from content. */
export type StoredContext = Omit<LessonContext, 'lesson' | 'answerKey'>;

export interface LessonSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  lessonId: string;
  contentVersion: string;
  /** The last learner event the state includes; events after it are replayed on restore. */
  lastEventId?: string;
  status: 'active' | 'done';
  value: string;
  context: StoredContext;
}

export class SnapshotError extends Error {
  constructor(lessonId: string, problem: string) {
    super(`Cannot restore lesson "${lessonId}" from this snapshot: ${problem}`);
    this.name = 'SnapshotError';
  }
}

export type LessonActor = Actor<LessonMachine>;

export function persistLesson(actor: LessonActor, lastEventId?: string): LessonSnapshot {
  const snap = actor.getSnapshot();
  const { lesson, answerKey: _secret, ...context } = snap.context;
  const out: LessonSnapshot = {
    format: SNAPSHOT_FORMAT,
    lessonId: lesson.id,
    contentVersion: contentVersionOf(lesson),
    status: snap.status === 'done' ? 'done' : 'active',
    value: String(snap.value),
    // A deep copy: the snapshot must not change when the actor moves on.
    context: JSON.parse(JSON.stringify(context)) as StoredContext,
  };
  if (lastEventId !== undefined) out.lastEventId = lastEventId;
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkShape(lesson: PublicLesson, raw: unknown): LessonSnapshot {
  const fail = (problem: string): never => {
    throw new SnapshotError(lesson.id, problem);
  };
  if (!isRecord(raw)) return fail('it is not an object');
  if (raw['format'] !== SNAPSHOT_FORMAT) return fail(`unknown format ${JSON.stringify(raw['format'])}`);
  if (raw['lessonId'] !== lesson.id) return fail(`it belongs to lesson ${JSON.stringify(raw['lessonId'])}`);
  const ctx = raw['context'];
  if (!isRecord(ctx)) return fail('the context is missing');
  if (!isRecord(ctx['steps']) || !Array.isArray(ctx['trail'])) return fail('the step progress is missing');
  if (!(ctx['currentStepId'] === null || typeof ctx['currentStepId'] === 'string')) return fail('the current step is missing');
  if (typeof ctx['lastEventAt'] !== 'number' || typeof ctx['startedAt'] !== 'number') return fail('the clock is missing');
  for (const [id, p] of Object.entries(ctx['steps']))
    if (!isRecord(p) || typeof p['visits'] !== 'number' || !isRecord(p['questions']) || !Array.isArray(p['reached']))
      return fail(`the progress of step "${id}" is damaged`);
  return raw as unknown as LessonSnapshot;
}

/** Follows finished steps' outcomes from the start: where the learner stands in the edited lesson. */
function positionIn(lesson: PublicLesson, steps: Record<string, StepProgress>): string | null {
  let index = 0;
  for (let guard = 0; guard <= lesson.steps.length * 4; guard++) {
    const step = lesson.steps[index];
    if (!step) return null;
    const status = steps[step.id]?.status;
    if (status === undefined || status === 'in-progress') return step.id;
    const next = nextStepId(lesson, index, status);
    if (next === null) return null;
    index = lesson.steps.findIndex((s) => s.id === next);
  }
  return lesson.steps[index]?.id ?? null;
}

/** Keeps progress on steps that still exist and fits the current step to its edited content. */
function remap(lesson: PublicLesson, stored: StoredContext): StoredContext {
  const kept = new Set(lesson.steps.map((s) => s.id));
  const steps: Record<string, StepProgress> = {};
  for (const [id, p] of Object.entries(stored.steps)) if (kept.has(id)) steps[id] = p;
  const currentStepId = stored.currentStepId !== null && kept.has(stored.currentStepId) ? stored.currentStepId : positionIn(lesson, steps);
  const step = lesson.steps.find((s) => s.id === currentStepId);
  const current = currentStepId === null ? undefined : steps[currentStepId];
  if (step && current) {
    if (step.kind === 'quiz')
      steps[step.id] = {
        ...current,
        ...quizOrder(step, stored.seed),
        questions: Object.fromEntries(step.questions.map((q) => [q.id, current.questions[q.id] ?? freshQuestion()])),
      };
    else if (step.kind === 'practice') steps[step.id] = { ...current, reached: current.reached.filter((id) => step.checkpoints.some((c) => c.id === id)) };
  }
  if (step && !current) steps[step.id] = { visits: 1, status: 'in-progress', attempts: 0, failedAttempts: 0, failuresInARow: 0, hintsUsed: 0, timeMs: 0, watchedShare: 0, reached: [], questions: {}, lastProgressAt: stored.lastEventAt, ...(step.kind === 'quiz' ? { ...quizOrder(step, stored.seed), questions: Object.fromEntries(step.questions.map((q) => [q.id, freshQuestion()])) } : {}) };
  const trail = stored.trail.filter((id) => kept.has(id));
  if (currentStepId !== null && currentStepId !== stored.currentStepId) trail.push(currentStepId);
  return { ...stored, currentStepId, steps, trail };
}

export interface RestoreOptions {
  answerKey?: AnswerKey;
  machine?: LessonMachine;
}

/**
 * Restores at the same step. If the content changed since, progress is mapped by step id;
 * a snapshot that is damaged or belongs elsewhere throws a SnapshotError.
 */
export function restoreLesson(lesson: PublicLesson, raw: unknown, options: RestoreOptions = {}): LessonActor {
  const snapshot = checkShape(lesson, raw);
  const sameContent = snapshot.contentVersion === contentVersionOf(lesson);
  const stored = sameContent ? snapshot.context : remap(lesson, snapshot.context);
  const context: LessonContext = { ...stored, lesson };
  if (options.answerKey) context.answerKey = options.answerKey;
  const step = lesson.steps.find((s) => s.id === context.currentStepId);
  const value = step ? step.kind : 'finished';
  const machine = options.machine ?? lessonMachine;
  const persisted = {
    status: value === 'finished' ? 'done' : 'active',
    value,
    context,
    children: {},
    historyValue: {},
    output: value === 'finished' ? { trail: context.trail } : undefined,
    error: undefined,
  };
  // Cast: this is the documented persisted-snapshot shape that xstate's restoreSnapshot reads.
  const actor = createActor(machine, {
    snapshot: persisted as unknown as ReturnType<typeof machine.getPersistedSnapshot>,
    // Ignored when a snapshot is given; required by the machine's input type.
    input: { lesson, now: context.lastEventAt, seed: context.seed },
  });
  return actor.start();
}
