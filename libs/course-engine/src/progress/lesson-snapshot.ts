import { createActor, type Actor } from 'xstate';
import { emptyProgress } from '../machines/lesson.logic';
import { lessonMachine, type LessonMachine } from '../machines/lesson.machine';
import { practiceComplete } from '../machines/practice.logic';
import { practiceContextOf, type PracticeContext } from '../machines/practice.machine';
import type { LessonContext, StepProgress } from '../machines/progress-state';
import { quizFinished } from '../machines/quiz.logic';
import { quizContextOf, type QuizContext } from '../machines/quiz.machine';
import { nextStepId } from '../machines/step-graph';
import type { AnswerKey, PublicLesson, PublicStep } from '../public-view';
import { contentVersionOf } from './content-version';

/**
 * /2: the quiz or practice in progress is stored as the lesson actor's child. A /1 snapshot (from
 * before the child machines) is refused like any unknown format, and `resumeLesson` then rebuilds
 * the state from the event log.
 */
export const SNAPSHOT_FORMAT = 'punte.lesson-snapshot/2';

/** The persisted state without the lesson text and answer key, which are loaded from content. */
export type StoredContext = Omit<LessonContext, 'lesson' | 'answerKey'>;

/** The persisted state of a child machine (the quiz or practice in progress) without its step text. */
export type StoredChild =
  | { src: 'quiz'; value: string; context: Omit<QuizContext, 'step'> }
  | { src: 'practice'; value: string; context: Omit<PracticeContext, 'step'> };

export interface LessonSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  lessonId: string;
  contentVersion: string;
  /** The last learner event the state includes; events after it are replayed on restore. */
  lastEventId?: string;
  status: 'active' | 'done';
  value: string;
  context: StoredContext;
  /** The lesson actor's invoked children, by id (`quiz` or `practice`): the visit in progress. */
  children?: Record<string, StoredChild>;
}

export class SnapshotError extends Error {
  constructor(lessonId: string, problem: string) {
    super(`Cannot restore lesson "${lessonId}" from this snapshot: ${problem}`);
    this.name = 'SnapshotError';
  }
}

export type LessonActor = Actor<LessonMachine>;

/** The shape of xstate's persisted machine snapshot (`getPersistedSnapshot()`), as far as it is read and written here. */
interface PersistedMachine<C> {
  status: 'active' | 'done';
  value: string;
  context: C;
  children: Record<string, { src: string; snapshot: PersistedMachine<{ step: unknown }> }>;
}

export function persistLesson(actor: LessonActor, lastEventId?: string): LessonSnapshot {
  const persisted = actor.getPersistedSnapshot() as unknown as PersistedMachine<LessonContext>;
  const { lesson, answerKey: _secret, ...context } = persisted.context;
  const children: Record<string, unknown> = {};
  for (const [id, child] of Object.entries(persisted.children)) {
    const { step: _content, ...rest } = child.snapshot.context;
    children[id] = { src: child.src, value: child.snapshot.value, context: rest };
  }
  // A deep copy: the snapshot must not change when the actor moves on.
  const copy = JSON.parse(JSON.stringify({ context, children })) as Pick<
    LessonSnapshot,
    'context' | 'children'
  >;
  const out: LessonSnapshot = {
    format: SNAPSHOT_FORMAT,
    lessonId: lesson.id,
    contentVersion: contentVersionOf(lesson),
    status: persisted.status === 'done' ? 'done' : 'active',
    value: String(persisted.value),
    ...copy,
  };
  if (lastEventId !== undefined) out.lastEventId = lastEventId;
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

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
  if (!(ctx['currentStepId'] === null || typeof ctx['currentStepId'] === 'string'))
    return fail('the current step is missing');
  if (typeof ctx['lastEventAt'] !== 'number' || typeof ctx['startedAt'] !== 'number')
    return fail('the clock is missing');
  for (const [id, p] of Object.entries(ctx['steps']))
    if (
      !isRecord(p) ||
      typeof p['visits'] !== 'number' ||
      !isRecord(p['questions']) ||
      !Array.isArray(p['reached'])
    )
      return fail(`the progress of step "${id}" is damaged`);
  const children = raw['children'] ?? {};
  const damaged = (c: unknown) =>
    !isRecord(c) ||
    !isRecord(c['context']) ||
    !(c['src'] === 'quiz' ? isRecord(c['context']['questions']) : Array.isArray(c['context']['reached']));
  if (!isRecord(children) || Object.values(children).some(damaged))
    return fail('the quiz or practice in progress is damaged');
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

/** Keeps progress on steps that still exist; the learner stays on the current step if it still exists. */
function remap(lesson: PublicLesson, stored: StoredContext): StoredContext {
  const kept = new Set(lesson.steps.map((s) => s.id));
  const steps: Record<string, StepProgress> = {};
  for (const [id, p] of Object.entries(stored.steps)) if (kept.has(id)) steps[id] = p;
  const currentStepId =
    stored.currentStepId !== null && kept.has(stored.currentStepId)
      ? stored.currentStepId
      : positionIn(lesson, steps);
  if (currentStepId !== null && !steps[currentStepId])
    steps[currentStepId] = { ...emptyProgress(stored.lastEventAt), visits: 1 };
  const trail = stored.trail.filter((id) => kept.has(id));
  if (currentStepId !== null && currentStepId !== stored.currentStepId) trail.push(currentStepId);
  return { ...stored, currentStepId, steps, trail };
}

/** xstate's persisted-snapshot shape, which `restoreSnapshot` reads. */
function machineSnapshot(
  value: string,
  context: unknown,
  children: Record<string, unknown> = {},
  output?: unknown,
) {
  return {
    status: value === 'finished' ? 'done' : 'active',
    value,
    context,
    children,
    historyValue: {},
    output,
    error: undefined,
  };
}

/**
 * The child machine of the current step, rebuilt around its (possibly edited) content: progress
 * on questions and checkpoints that still exist is kept, the order comes again from the seed.
 */
function childrenFor(
  step: PublicStep | undefined,
  snapshot: LessonSnapshot,
  seed: string | number,
): Record<string, unknown> {
  if (step?.kind !== 'quiz' && step?.kind !== 'practice') return {};
  // A child stored for another step (the learner was moved by an edit) does not apply.
  const stored =
    snapshot.context.currentStepId === step.id ? snapshot.children?.[step.kind]?.context : undefined;
  if (step.kind === 'quiz') {
    const quiz = quizContextOf(step, seed, (stored as QuizContext | undefined)?.questions);
    const value = quizFinished(step, quiz) ? 'settled' : 'answering';
    return { quiz: { src: 'quiz', snapshot: machineSnapshot(value, quiz) } };
  }
  const practice = practiceContextOf(step, (stored as PracticeContext | undefined)?.reached);
  const value = practiceComplete(step, practice.reached) ? 'complete' : 'working';
  return { practice: { src: 'practice', snapshot: machineSnapshot(value, practice) } };
}

export interface RestoreOptions {
  answerKey?: AnswerKey;
  machine?: LessonMachine;
}

/**
 * Restores at the same step, and inside a quiz or practice at the same question or checkpoint.
 * If the content changed since, progress is mapped by step id; a snapshot that is damaged or
 * belongs elsewhere throws a SnapshotError.
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
  const persisted = machineSnapshot(
    value,
    context,
    childrenFor(step, snapshot, context.seed),
    value === 'finished' ? { trail: context.trail } : undefined,
  );
  // Cast: the persisted-snapshot shape is documented but not exported as a type.
  const actor = createActor(machine, {
    snapshot: persisted as unknown as ReturnType<typeof machine.getPersistedSnapshot>,
    // Ignored when a snapshot is given; required by the machine's input type.
    input: { lesson, now: context.lastEventAt, seed: context.seed },
  });
  return actor.start();
}
