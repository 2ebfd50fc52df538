/** What the progress store knows about one learner right now, for the trainer's live view. */
export interface LearnerNow {
  learnerId: string;
  name: string;
  /** Null until the learner opens a lesson. */
  lesson: { lessonId: string; title: string } | null;
  step: { stepId: string; title: string; index: number; count: number } | null;
  /** Time on task on the current step so far, including the stretch since the last event. */
  timeOnStepMs: number;
  wrongAttempts: number;
  hintsUsed: number;
  /** The last checkpoint reached in a simulation, already in the trainer's language. */
  checkpoint: string | null;
  finished: boolean;
  /** When the engine's stuck signal started (three failures in a row, or no progress for too long). */
  stuckSince: Date | null;
  stuckReason: 'failed-attempts' | 'no-progress' | null;
  /** When the trainer last pressed "helped". */
  helpedAt: Date | null;
  /** The last time the learner's browser reached the server. */
  lastSeenAt: Date | null;
  /** Events the browser said it holds but has not sent yet (its last report). */
  pendingEvents: number;
  /** Quiet for over a minute while it held events or had a lesson open (presence-rule.ts). */
  offlineUnsynced?: boolean;
}

export type LiveStatus = 'stuck' | 'offline' | 'working' | 'not-started' | 'finished';

export interface LiveCard {
  learnerId: string;
  name: string;
  status: LiveStatus;
  lessonTitle: string | null;
  stepTitle: string | null;
  stepNumber: number | null;
  stepCount: number | null;
  timeOnStepMs: number;
  wrongAttempts: number;
  hintsUsed: number;
  checkpoint: string | null;
  stuckReason: 'failed-attempts' | 'no-progress' | null;
  /** True when the browser reported events it could not send yet. */
  unsynced: boolean;
  lastSeenAt: Date | null;
}

export interface LiveOptions {
  now: Date;
  /** No word from the browser for this long while a lesson is open: offline. */
  offlineAfterMs?: number;
}

export const DEFAULT_OFFLINE_AFTER_MS = 90_000;

/** "Helped" clears the flag until the learner gets stuck again after it. */
function isStuck(learner: LearnerNow): boolean {
  if (learner.finished || !learner.stuckSince) return false;
  return !learner.helpedAt || learner.helpedAt < learner.stuckSince;
}

export function liveCard(learner: LearnerNow, options: LiveOptions): LiveCard {
  const offlineAfter = options.offlineAfterMs ?? DEFAULT_OFFLINE_AFTER_MS;
  const now = options.now.getTime();
  const silent = !learner.lastSeenAt || now - learner.lastSeenAt.getTime() > offlineAfter;
  let status: LiveStatus;
  if (learner.finished) status = 'finished';
  else if (!learner.lesson) status = 'not-started';
  else if (isStuck(learner)) status = 'stuck';
  else if (silent || learner.offlineUnsynced) status = 'offline';
  else status = 'working';
  return {
    learnerId: learner.learnerId,
    name: learner.name,
    status,
    lessonTitle: learner.lesson?.title ?? null,
    stepTitle: learner.step?.title ?? null,
    stepNumber: learner.step ? learner.step.index + 1 : null,
    stepCount: learner.step?.count ?? null,
    timeOnStepMs: learner.step ? Math.max(0, learner.timeOnStepMs) : 0,
    wrongAttempts: learner.wrongAttempts,
    hintsUsed: learner.hintsUsed,
    checkpoint: learner.checkpoint,
    stuckReason: status === 'stuck' ? learner.stuckReason : null,
    unsynced:
      status !== 'finished' &&
      (learner.offlineUnsynced === true ||
        learner.pendingEvents > 0 ||
        (status === 'offline' && learner.lesson !== null)),
    lastSeenAt: learner.lastSeenAt,
  };
}

const PRIORITY: Record<LiveStatus, number> = {
  stuck: 0,
  offline: 1,
  working: 2,
  'not-started': 3,
  finished: 4,
};

/**
 * Whoever needs help comes first: stuck, then offline, then working (longest on the same step
 * first: they may need help soon), then those who have not started, then those who finished.
 */
export function liveBoard(learners: readonly LearnerNow[], options: LiveOptions): LiveCard[] {
  return learners
    .map((learner) => liveCard(learner, options))
    .sort(
      (a, b) =>
        PRIORITY[a.status] - PRIORITY[b.status] ||
        b.timeOnStepMs - a.timeOnStepMs ||
        a.name.localeCompare(b.name),
    );
}
