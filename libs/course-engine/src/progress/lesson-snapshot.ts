import { createActor, type Actor } from 'xstate';
import { lessonMachine, type LessonMachine } from '../machines/lesson.machine';
import type { LessonContext } from '../machines/progress-state';
import type { Resume, StoredContext, VisitInProgress } from '../machines/resume';

export type { Resume, StoredContext, VisitInProgress };
import type { AnswerKey, PublicLesson } from '../public-view';
import { contentVersionOf } from './content-version';

/**
 * /4: `state` is xstate's own persisted snapshot of the lesson actor, its quiz or practice child
 * included; a finished lesson is `active` (its sheets stay editable), where /3 stored it `done`.
 * Snapshots of the earlier formats are refused like any unknown one, and `resumeLesson` then
 * rebuilds the state from the event log.
 */
export const SNAPSHOT_FORMAT = 'punte.lesson-snapshot/4';

/**
 * xstate's persisted snapshot (`actor.getPersistedSnapshot()`), without content: the lesson text,
 * the answer key and each child's step are taken out on persist and put back from the lesson on
 * restore. Only the parts read here are typed; the rest is xstate's and passes through untouched.
 */
export interface StoredState {
  status: string;
  context: StoredContext;
  children: Record<string, { snapshot: { context: Record<string, unknown>; [xstate: string]: unknown } }>;
  [xstate: string]: unknown;
}

export interface LessonSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  lessonId: string;
  /** `contentVersionOf(lesson)` when it was stored: a different one means the content was edited since. */
  contentVersion: string;
  /** The last learner event the state includes; events after it are replayed on restore. */
  lastEventId?: string;
  state: StoredState;
}

export class SnapshotError extends Error {
  constructor(lessonId: string, problem: string) {
    super(`Cannot restore lesson "${lessonId}" from this snapshot: ${problem}`);
    this.name = 'SnapshotError';
  }
}

export type LessonActor = Actor<LessonMachine>;

/** Context keys holding content (the lesson, its answer key, a child's step): never stored. */
const CONTENT_KEYS = ['lesson', 'answerKey', 'step'];

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A persisted snapshot and its children's, each context without content keys. */
function withoutContent(persisted: Record<string, unknown>): Record<string, unknown> {
  const context = isRecord(persisted['context'])
    ? Object.fromEntries(Object.entries(persisted['context']).filter(([k]) => !CONTENT_KEYS.includes(k)))
    : persisted['context'];
  const children = Object.fromEntries(
    Object.entries(isRecord(persisted['children']) ? persisted['children'] : {}).map(([id, child]) => [
      id,
      isRecord(child) && isRecord(child['snapshot'])
        ? { ...child, snapshot: withoutContent(child['snapshot']) }
        : child,
    ]),
  );
  return { ...persisted, context, children };
}

export function persistLesson(actor: LessonActor, lastEventId?: string): LessonSnapshot {
  const { lesson } = actor.getSnapshot().context;
  // Through JSON: a deep copy (the snapshot must not change when the actor moves on), in the form it is stored.
  const state = JSON.parse(
    JSON.stringify(withoutContent(actor.getPersistedSnapshot() as unknown as Record<string, unknown>)),
  ) as StoredState;
  const out: LessonSnapshot = {
    format: SNAPSHOT_FORMAT,
    lessonId: lesson.id,
    contentVersion: contentVersionOf(lesson),
    state,
  };
  if (lastEventId !== undefined) out.lastEventId = lastEventId;
  return out;
}

function checkShape(lesson: PublicLesson, raw: unknown): LessonSnapshot {
  const fail = (problem: string): never => {
    throw new SnapshotError(lesson.id, problem);
  };
  if (!isRecord(raw)) return fail('it is not an object');
  if (raw['format'] !== SNAPSHOT_FORMAT) return fail(`unknown format ${JSON.stringify(raw['format'])}`);
  if (raw['lessonId'] !== lesson.id) return fail(`it belongs to lesson ${JSON.stringify(raw['lessonId'])}`);
  if (typeof raw['contentVersion'] !== 'string') return fail('the content version is missing');
  const state = raw['state'];
  if (!isRecord(state) || !isRecord(state['context'])) return fail('the state is missing');
  const ctx = state['context'];
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
  const children = state['children'] ?? {};
  const damaged = (c: unknown) => {
    const ctx = isRecord(c) && isRecord(c['snapshot']) ? c['snapshot']['context'] : undefined;
    return (
      !isRecord(ctx) ||
      ('questions' in ctx && !isRecord(ctx['questions'])) ||
      ('reached' in ctx && !Array.isArray(ctx['reached']))
    );
  };
  if (!isRecord(children) || Object.values(children).some(damaged))
    return fail('the quiz or practice in progress is damaged');
  return { ...raw, state: { ...state, children } } as unknown as LessonSnapshot;
}

/** The stored state with its content put back: the lesson (and key) at the root, the current step in each child. */
function withContent(state: StoredState, lesson: PublicLesson, answerKey: AnswerKey | undefined) {
  const context: LessonContext = { ...state.context, lesson };
  if (answerKey) context.answerKey = answerKey;
  const step = lesson.steps.find((s) => s.id === context.currentStepId);
  const children = Object.fromEntries(
    Object.entries(state.children).map(([id, child]) => [
      id,
      { ...child, snapshot: { ...child.snapshot, context: { ...child.snapshot.context, step } } },
    ]),
  );
  return { ...state, context, children };
}

/** The quiz questions or practice checkpoints of the visit in progress, read from its child's stored context. */
function visitOf(state: StoredState): VisitInProgress | undefined {
  const stepId = state.context.currentStepId;
  if (stepId === null) return undefined;
  const visit: VisitInProgress = { stepId };
  for (const child of Object.values(state.children)) {
    const ctx = child.snapshot.context;
    if (isRecord(ctx['questions'])) visit.questions = ctx['questions'] as VisitInProgress['questions'];
    if (Array.isArray(ctx['reached'])) visit.reached = ctx['reached'] as string[];
  }
  return visit;
}

export interface RestoreOptions {
  answerKey?: AnswerKey;
  machine?: LessonMachine;
}

/**
 * Restores at the same step, and inside a quiz or practice at the same question or checkpoint.
 * Same content: xstate restores its own persisted snapshot. Edited content: a new actor takes the
 * stored progress up (`input.resume`) and the machine routes to where the learner now stands,
 * keeping progress by step, question and checkpoint id. A snapshot that is damaged or belongs to
 * another lesson throws a SnapshotError.
 */
export function restoreLesson(lesson: PublicLesson, raw: unknown, options: RestoreOptions = {}): LessonActor {
  const stored = checkShape(lesson, raw);
  const machine = options.machine ?? lessonMachine;
  const { context } = stored.state;
  // Required by the machine's input type; a restored snapshot or a resume sets the real values.
  const input = { lesson, now: context.lastEventAt, seed: context.seed, answerKey: options.answerKey };
  if (stored.contentVersion === contentVersionOf(lesson)) {
    const snapshot = withContent(stored.state, lesson, options.answerKey);
    // Cast: xstate types a persisted snapshot only as `Snapshot<unknown>`.
    return started(lesson, createActor(machine, { snapshot: snapshot as never, input }));
  }
  const resume: Resume = { context };
  const visit = visitOf(stored.state);
  if (visit) resume.visit = visit;
  return started(lesson, createActor(machine, { input: { ...input, resume } }));
}

/** Starts the actor, or throws a SnapshotError when xstate could not take the state up. */
function started(lesson: PublicLesson, actor: LessonActor): LessonActor {
  // Observed while starting, so that xstate hands a failure to us instead of reporting it as unhandled.
  const watch = actor.subscribe({ error: () => undefined });
  actor.start();
  watch.unsubscribe();
  const snapshot = actor.getSnapshot();
  if (snapshot.status !== 'error') return actor;
  const message = snapshot.error instanceof Error ? snapshot.error.message : String(snapshot.error);
  throw new SnapshotError(lesson.id, `it does not fit the lesson machine (${message})`);
}
