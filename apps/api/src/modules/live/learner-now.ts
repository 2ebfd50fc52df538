import {
  DEFAULT_STUCK_AFTER_MS,
  type Locale,
  type LocalizedText,
  type PublicLesson,
  type StoredContext,
  summarizeProgress,
} from '@punte/course-engine';
import { type PresenceNow } from '../presence/presence-rule';
import { localized } from '../reports/localized';
import { type LearnerNow } from './live-card';

/**
 * What the live view needs of a lesson: names and the practice steps' checkpoints, not the texts,
 * questions or media (a poll reads a few of these for every group watching).
 */
export interface LessonOutline {
  id: string;
  title: LocalizedText;
  fallbackLocale?: Locale;
  steps: {
    id: string;
    kind: string;
    title: LocalizedText;
    checkpoints?: { id: string; guidance: LocalizedText }[];
  }[];
}

/** The fields of a learner's stored lesson progress the live view reads (no event log: it must stay cheap). */
export interface LiveProgressDoc {
  learnerId: string;
  lessonId: string;
  status: 'in-progress' | 'completed';
  lastActivityAt: Date;
  /** The engine's stored snapshot (`persistLesson`): xstate's persisted state of the lesson actor. */
  snapshot: {
    state: {
      context: Pick<StoredContext, 'steps' | 'currentStepId'>;
      /** The visit in progress, by child id: `practice` holds the checkpoints reached so far. */
      children?: Record<string, { snapshot?: { context?: { reached?: unknown } } }>;
    };
  };
}

export interface LearnerNowOptions {
  locale: Locale;
  now: Date;
  stuckAfterMs?: number;
  /** Since the last event the learner is probably still on the step, up to this long. */
  liveStretchMs?: number;
  helpedAt?: Date | null;
  /** What the browser's presence reports and the last batch say (presence-rule.ts). */
  presence?: PresenceNow;
}

const DEFAULT_LIVE_STRETCH_MS = 5 * 60_000;

/** A learner's latest lesson as the live view shows it; `doc` null means no lesson opened yet. */
export function learnerNowOf(
  member: { learnerId: string; name: string },
  doc: LiveProgressDoc | null,
  lesson: LessonOutline | null,
  options: LearnerNowOptions,
): LearnerNow {
  const base: LearnerNow = {
    learnerId: member.learnerId,
    name: member.name,
    lesson: null,
    step: null,
    timeOnStepMs: 0,
    wrongAttempts: 0,
    hintsUsed: 0,
    checkpoint: null,
    finished: false,
    stuckSince: null,
    stuckReason: null,
    helpedAt: options.helpedAt ?? null,
    lastSeenAt: options.presence?.lastSeenAt ?? doc?.lastActivityAt ?? null,
    pendingEvents: options.presence?.pendingEvents ?? 0,
    offlineUnsynced: options.presence?.offlineUnsynced ?? false,
  };
  if (!doc || !lesson) return base;
  const fallback = lesson.fallbackLocale ?? 'en';
  const context = doc.snapshot.state.context;
  const stepIndex = lesson.steps.findIndex((s) => s.id === context.currentStepId);
  const step = stepIndex >= 0 ? lesson.steps[stepIndex] : null;
  const progress = step ? context.steps[step.id] : undefined;
  const now = options.now.getTime();
  const stuckAfter = options.stuckAfterMs ?? DEFAULT_STUCK_AFTER_MS;
  // The summary reads only the lesson's step ids, which the outline has.
  const summary = summarizeProgress(
    { lesson: lesson as unknown as PublicLesson, ...context },
    { now, stuckAfterMs: stuckAfter },
  );
  const sinceLast = now - doc.lastActivityAt.getTime();
  const stretch =
    sinceLast >= 0 && sinceLast <= (options.liveStretchMs ?? DEFAULT_LIVE_STRETCH_MS) ? sinceLast : 0;
  return {
    ...base,
    lesson: { lessonId: lesson.id, title: localized(lesson.title, options.locale, fallback) },
    step: step
      ? {
          stepId: step.id,
          title: localized(step.title, options.locale, fallback),
          index: stepIndex,
          count: lesson.steps.length,
        }
      : null,
    timeOnStepMs: (progress?.timeMs ?? 0) + stretch,
    wrongAttempts: progress?.failedAttempts ?? 0,
    hintsUsed: progress?.hintsUsed ?? 0,
    checkpoint: step?.checkpoints ? checkpointText(step, doc, options.locale, fallback) : null,
    finished: doc.status === 'completed' || context.currentStepId === null,
    stuckSince: summary.stuck
      ? stuckSinceOf(summary.stuckReason, progress?.lastProgressAt, doc, stuckAfter)
      : null,
    stuckReason: summary.stuckReason ?? null,
  };
}

/** When the flag went up: the last failure (the latest event) or the end of the allowed pause. */
function stuckSinceOf(
  reason: 'failed-attempts' | 'no-progress' | undefined,
  lastProgressAt: number | undefined,
  doc: LiveProgressDoc,
  stuckAfterMs: number,
): Date {
  if (reason === 'no-progress' && lastProgressAt !== undefined)
    return new Date(lastProgressAt + stuckAfterMs);
  return doc.lastActivityAt;
}

/** "2/3 · Send the message": how far into the simulation, and the last thing done. */
function checkpointText(
  step: LessonOutline['steps'][number],
  doc: LiveProgressDoc,
  locale: Locale,
  fallback: Locale,
): string | null {
  const inVisit = doc.snapshot.state.children?.practice?.snapshot?.context?.reached;
  const reached = Array.isArray(inVisit)
    ? (inVisit as string[])
    : (doc.snapshot.state.context.steps[step.id]?.reached ?? []);
  if (!reached.length) return null;
  const checkpoints = step.checkpoints ?? [];
  const last = checkpoints.find((c) => c.id === reached[reached.length - 1]);
  return `${reached.length}/${checkpoints.length} · ${localized(last?.guidance, locale, fallback)}`;
}
