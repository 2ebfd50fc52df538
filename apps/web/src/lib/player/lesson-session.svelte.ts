import { createActor } from 'xstate';
import {
  lessonMachine,
  replay,
  restoreLesson,
  type Answer,
  type LessonActor,
  type LessonEvent,
  type Locale,
  type PracticeContext,
  type PublicLesson,
  type PublicStep,
  type QuizContext,
} from '@punte/course-engine';
import type { StoredEvent } from '$lib/offline/event-store';
import { gradeOf, type Verdict } from './wire';

type Snapshot = ReturnType<LessonActor['getSnapshot']>;

/** How the browser's engine starts: from the server's snapshot, a guest's log, or fresh. */
export type SessionStart =
  | { from: 'snapshot'; snapshot: unknown; seed: string }
  | { from: 'log'; events: StoredEvent[]; seed: string }
  | { from: 'fresh'; seed: string; now: number };

export function createLessonActor(lesson: PublicLesson, start: SessionStart, locale: Locale): LessonActor {
  if (start.from === 'snapshot' && start.snapshot) {
    try {
      return restoreLesson(lesson, start.snapshot);
    } catch {
      // A snapshot the engine cannot use: start afresh rather than show nothing (the server keeps the log).
    }
  }
  if (start.from === 'log') {
    const log = start.events.map((e) => ({
      id: e.id,
      at: e.at,
      event: e.event.type === 'answer.submit' && e.result ? { ...e.event, result: e.result } : e.event,
    }));
    return replay(lesson, log, { seed: start.seed, startedAt: start.events[0]?.at ?? Date.now(), locale });
  }
  const now = start.from === 'fresh' ? start.now : Date.now();
  return createActor(lessonMachine, {
    input: { lesson, now, seed: start.seed, locale },
  }).start();
}

/**
 * The lesson engine's actor behind runes: the player renders from `snapshot` and sends learner
 * events through `send`. Answers reach the engine only with the server's verdict.
 */
export class LessonSession {
  snapshot = $state.raw<Snapshot>() as Snapshot;
  /** What the server said about each question, by question id. */
  verdicts = $state<Record<string, Verdict>>({});
  /** Answers sent and not graded yet, by question id (the event id). */
  pending = $state<Record<string, string>>({});
  readonly lesson: PublicLesson;
  #actor: LessonActor;
  #stop: () => void;

  constructor(lesson: PublicLesson, actor: LessonActor, verdicts: Verdict[] = []) {
    this.lesson = lesson;
    this.#actor = actor;
    this.snapshot = actor.getSnapshot();
    this.#stop = this.#watch(actor);
    for (const verdict of verdicts) this.verdicts[verdict.questionId] = verdict;
  }

  #watch(actor: LessonActor): () => void {
    const subscription = actor.subscribe((snapshot) => {
      this.snapshot = snapshot;
    });
    return () => subscription.unsubscribe();
  }

  /** Swaps in another actor (the server's newer state, a guest's log from this browser). */
  replace(actor: LessonActor, verdicts: Verdict[] = []): void {
    this.#stop();
    this.#actor.stop();
    this.#actor = actor;
    this.snapshot = actor.getSnapshot();
    this.#stop = this.#watch(actor);
    for (const verdict of verdicts) this.verdicts[verdict.questionId] = verdict;
  }

  get currentStepId(): string | null {
    return this.snapshot.context.currentStepId;
  }

  get currentIndex(): number {
    return this.lesson.steps.findIndex((step) => step.id === this.currentStepId);
  }

  get currentStep(): PublicStep | undefined {
    return this.lesson.steps[this.currentIndex];
  }

  get finished(): boolean {
    return this.currentStepId === null;
  }

  get quiz(): QuizContext | undefined {
    return this.snapshot.children.quiz?.getSnapshot().context;
  }

  get practice(): PracticeContext | undefined {
    return this.snapshot.children.practice?.getSnapshot().context;
  }

  /** Whether the engine takes this event now (the "next" button is enabled by it). */
  can(event: LessonEvent): boolean {
    if (
      event.type === 'step.next' &&
      (this.snapshot.value === 'quiz' || this.snapshot.value === 'practice')
    ) {
      const child = this.snapshot.children.quiz ?? this.snapshot.children.practice;
      return child?.getSnapshot().can(event as never) ?? false;
    }
    return this.snapshot.can(event as never);
  }

  /** True when the engine took the event (its state changed), as the server judges it too. */
  send(event: LessonEvent): boolean {
    const before = this.#actor.getSnapshot();
    this.#actor.send(event);
    // A child's change reaches the lesson as a report; read both again in any case.
    this.snapshot = this.#actor.getSnapshot();
    return this.snapshot.context !== before.context || this.snapshot.value !== before.value;
  }

  /** The server graded an answer: the engine counts it now, with the verdict. */
  graded(eventId: string, questionId: string, answer: Answer, at: number, verdict: Verdict): void {
    this.verdicts[questionId] = verdict;
    if (this.pending[questionId] !== eventId) return;
    delete this.pending[questionId];
    const result = gradeOf(verdict);
    if (result) this.send({ type: 'answer.submit', questionId, answer, result, at });
  }

  dispose(): void {
    this.#stop();
    this.#actor.stop();
  }
}
