import { quizInProgress, sendLearnerEvent, type LessonEvent, type Locale } from '@punte/course-engine';
import { type PreparedLesson } from '../lessons/lesson-content.service';
import { playerVerdict, type PlayerVerdict } from '../lessons/verdict';
import { parseLearnerEvent } from './event-parsing';
import { lessonActorFor } from './lesson-state';
import { type LearnerEventInput } from './models/learner-event.input';
import { type LoggedEvent, type RefusalReceipt } from './progress.schema';

/** A lesson's log never grows past this: a runaway client cannot fill the database. */
export const MAX_LOG_LENGTH = 5000;

export type EventStatus = 'accepted' | 'already-recorded' | 'refused';
export type RefusalCode = 'invalid-event' | 'not-current-question' | 'not-applicable' | 'log-full';

export interface EventOutcome {
  id: string;
  status: EventStatus;
  code?: RefusalCode;
  /** Why the engine refused it, in plain words. */
  reason?: string;
  verdict?: PlayerVerdict;
}

export interface BatchResult {
  outcomes: EventOutcome[];
  /** Accepted events to append to the log, in order. */
  logged: LoggedEvent[];
  refused: RefusalReceipt[];
  actor: ReturnType<typeof lessonActorFor>;
}

export interface StoredLog {
  snapshot: unknown;
  /** The whole log when `logComplete`, else only what the caller found of this batch's ids (none). */
  events: readonly LoggedEvent[];
  refused: readonly RefusalReceipt[];
  seed: string;
  eventCount: number;
  logComplete: boolean;
}

const RECEIPT_SEPARATOR = '\u0000';

/** Checks the engine cannot make by itself: an answer must be to the question the learner is on. */
function admission(
  actor: BatchResult['actor'],
  event: LessonEvent,
): { code: RefusalCode; reason: string } | null {
  const snapshot = actor.getSnapshot();
  if (event.type === 'answer.submit') {
    const quiz = quizInProgress(snapshot);
    if (!quiz) return { code: 'not-applicable', reason: 'no quiz is open at this point of the lesson' };
    if (quiz.currentQuestionId !== event.questionId)
      return {
        code: 'not-current-question',
        reason: `question "${event.questionId}" is not the current question ("${quiz.currentQuestionId ?? 'none'}")`,
      };
  }
  if (event.type === 'checkpoint.reach' && !snapshot.children.practice)
    return { code: 'not-applicable', reason: 'no practice step is open at this point of the lesson' };
  return null;
}

function verdictAfter(
  lesson: PreparedLesson,
  actor: BatchResult['actor'],
  event: LessonEvent,
  locale: Locale,
) {
  if (event.type !== 'answer.submit' && event.type !== 'solution.reveal') return undefined;
  const progress = quizInProgress(actor.getSnapshot())?.questions[event.questionId];
  if (!progress) return undefined;
  const { publicLesson, answerKey } = lesson;
  return (
    playerVerdict({ lesson: publicLesson, answerKey, questionId: event.questionId, progress, locale }) ??
    undefined
  );
}

/**
 * Runs a batch of learner events through the engine on top of the stored log. Events already in
 * the log (or refused before) answer as they did the first time; the rest are accepted when the
 * engine's state changes, refused otherwise. Pure: the caller stores the result.
 */
export function applyBatch(
  lesson: PreparedLesson,
  stored: StoredLog | null,
  inputs: readonly LearnerEventInput[],
  options: { locale: Locale; seed: string; now: Date },
): BatchResult {
  const known = new Map((stored?.events ?? []).map((entry) => [entry.id, entry]));
  const receipts = new Map((stored?.refused ?? []).map((r) => [r.id, r.reason]));
  const startedAt = inputs.reduce((min, input) => Math.min(min, input.at), Number.POSITIVE_INFINITY);
  const actor = lessonActorFor(lesson, stored, {
    seed: stored?.seed ?? options.seed,
    locale: options.locale,
    startedAt: Number.isFinite(startedAt) ? startedAt : options.now.getTime(),
  });
  const result: BatchResult = { outcomes: [], logged: [], refused: [], actor };
  const inBatch = new Map<string, EventOutcome>();
  let logLength = stored?.eventCount ?? 0;

  for (const input of inputs) {
    const earlier = inBatch.get(input.id);
    if (earlier) {
      result.outcomes.push(
        earlier.status === 'accepted' ? { ...earlier, status: 'already-recorded' } : earlier,
      );
      continue;
    }
    const outcome = decide(input);
    inBatch.set(input.id, outcome);
    result.outcomes.push(outcome);
  }
  return result;

  function decide(input: LearnerEventInput): EventOutcome {
    const logged = known.get(input.id);
    if (logged) return { id: input.id, status: 'already-recorded', verdict: logged.verdict };
    const receipt = receipts.get(input.id);
    if (receipt !== undefined) {
      const [code, reason] = receipt.split(RECEIPT_SEPARATOR);
      return { id: input.id, status: 'refused', code: code as RefusalCode, reason };
    }
    const refuse = (code: RefusalCode, reason: string): EventOutcome => {
      result.refused.push({ id: input.id, reason: `${code}${RECEIPT_SEPARATOR}${reason}` });
      return { id: input.id, status: 'refused', code, reason };
    };
    if (!Number.isFinite(input.at) || input.at < 0) return refuse('invalid-event', 'at must be a time in ms');
    const parsed = parseLearnerEvent(input);
    if (!parsed.ok) return refuse('invalid-event', parsed.reason);
    if (logLength >= MAX_LOG_LENGTH)
      return refuse('log-full', `this lesson's log is full (${MAX_LOG_LENGTH} events)`);
    const denied = admission(actor, parsed.event);
    if (denied) return refuse(denied.code, denied.reason);
    if (!sendLearnerEvent(actor, { id: input.id, at: input.at, event: parsed.event }))
      return refuse('not-applicable', `the lesson cannot take "${parsed.event.type}" at this point`);
    const verdict = verdictAfter(lesson, actor, parsed.event, options.locale);
    const entry: LoggedEvent = { id: input.id, at: input.at, receivedAt: options.now, event: parsed.event };
    if (verdict) entry.verdict = verdict;
    result.logged.push(entry);
    logLength += 1;
    return verdict ? { id: input.id, status: 'accepted', verdict } : { id: input.id, status: 'accepted' };
  }
}
