import type { Answer, LessonEvent, Locale, PublicLesson } from '@punte/course-engine';
import {
  deleteEvents,
  eventsOf,
  takeUnreportedQuarantine,
  guestLessons,
  guestSeed,
  lessonKeyOf,
  newEventId,
  nextSeq,
  type Owner,
  type StoredEvent,
} from '$lib/offline/event-store';
import { Outbox, type EventResult } from '$lib/offline/outbox.svelte';
import { type Presence, startPresence } from '$lib/offline/presence';
import { progressTransport } from '$lib/offline/transport';
import { createLessonActor, LessonSession } from './lesson-session.svelte';
import { notYetInServerState } from './unsent-events';
import { toEventInput, type Verdict } from './wire';

export interface ControllerInput {
  courseSlug: string;
  lessonId: string;
  locale: Locale;
  lesson: PublicLesson;
  /** The signed-in learner's saved state; null for a guest. */
  saved: { seed: string; snapshot: unknown; verdicts: Verdict[] } | null;
  /** Reloads the page's data from the server (the learner's newer state). */
  reload: () => Promise<void>;
}

/** Notices the player shows besides the save status. */
export interface Notices {
  corrupt: boolean;
  refused: boolean;
}

/**
 * Wires the lesson's engine to this browser's queue and the server: every learner event is in
 * IndexedDB before the engine moves on; answers count once the server's verdict is back.
 */
export class LessonController {
  readonly session: LessonSession;
  readonly owner: Owner;
  readonly lessonKey: string;
  readonly outbox: Outbox;
  notices = $state<Notices>({ corrupt: false, refused: false });
  /** True once this browser's own state (IndexedDB) is loaded: before, the server's render is shown. */
  ready = $state(false);
  /** True once the learner did something in this lesson (the player then fetches what later steps need). */
  started = $state(false);
  #seed: string;
  #presence: Presence | null = null;
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup, never rendered
  #sent = new Map<string, StoredEvent>();
  /** Events this browser's engine did not take (a tool event that is no checkpoint): a refusal changes nothing. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup, never rendered
  #ignoredHere = new Set<string>();

  /** Where the course's media (scenario pictures among them) is served. */
  mediaUrl = (src: string): string => `/media/${this.input.courseSlug}/${src}`;

  constructor(private readonly input: ControllerInput) {
    this.owner = input.saved ? 'account' : 'guest';
    this.lessonKey = lessonKeyOf(this.owner, input.courseSlug, input.lessonId);
    this.#seed = input.saved?.seed ?? 'guest';
    const actor = createLessonActor(
      input.lesson,
      input.saved?.snapshot
        ? { from: 'snapshot', snapshot: input.saved.snapshot, seed: this.#seed }
        : { from: 'fresh', seed: this.#seed, now: Date.now() },
      input.locale,
    );
    this.session = new LessonSession(input.lesson, actor, input.saved?.verdicts ?? []);
    this.outbox = this.#makeOutbox();
  }

  get progressUrl(): string {
    return `/courses/${this.input.courseSlug}/lessons/${this.input.lessonId}/progress`;
  }

  #makeOutbox(): Outbox {
    return new Outbox({
      owner: this.owner,
      lessonKey: this.lessonKey,
      transport: progressTransport(this.progressUrl, this.owner === 'guest' ? () => this.#seed : undefined),
      onResults: (results) => {
        this.#onResults(results);
        this.#presence?.report();
      },
    });
  }

  /** In the browser: this browser's queue, the guest's log, the claim at sign-in. Returns a clean-up. */
  async start(): Promise<() => void> {
    if (this.owner === 'guest') {
      this.#seed = await guestSeed();
      const { events } = await eventsOf(this.lessonKey);
      this.notices.corrupt = (await takeUnreportedQuarantine(this.lessonKey)) > 0;
      this.#rebuildFromLog(events);
    } else {
      await this.#claimGuestProgress();
      const { events } = await eventsOf(this.lessonKey);
      this.notices.corrupt = (await takeUnreportedQuarantine(this.lessonKey)) > 0;
      const waiting = events.filter((event) => event.status === 'pending');
      // Events from an earlier visit, applied as that visit left them: an answer that was waiting
      // for its verdict stays on screen and gets it (it was promised a check). No reload after
      // they are sent: it would replace that verdict with the next question; a refusal makes the
      // server's state win anyway (#onResults).
      for (const event of notYetInServerState(waiting, this.input.saved?.snapshot)) this.#applyLocally(event);
      if (waiting.length > 0) await this.outbox.flush();
    }
    const stop = this.outbox.watchConnection();
    // The trainer's live card learns of events this browser still holds (signed-in learners only).
    if (this.owner === 'account')
      this.#presence = startPresence({
        url: this.progressUrl.replace(/progress$/, 'presence'),
        pending: () => this.outbox.waiting,
      });
    this.ready = true;
    void this.outbox.flush();
    return () => {
      stop();
      this.#presence?.stop();
    };
  }

  /** The server's newer state of a signed-in learner (after a reload of the page's data). */
  adopt(saved: ControllerInput['saved']): void {
    if (!saved) return;
    this.session.replace(
      createLessonActor(
        this.input.lesson,
        saved.snapshot
          ? { from: 'snapshot', snapshot: saved.snapshot, seed: saved.seed }
          : { from: 'fresh', seed: saved.seed, now: Date.now() },
        this.input.locale,
      ),
      saved.verdicts,
    );
  }

  #rebuildFromLog(events: StoredEvent[]): void {
    const kept = events.filter((event) => event.status !== 'refused');
    this.session.replace(
      createLessonActor(
        this.input.lesson,
        { from: 'log', events: kept, seed: this.#seed },
        this.input.locale,
      ),
    );
    for (const event of kept) {
      this.#sent.set(event.id, event);
      if (event.event.type === 'answer.submit' && !event.result)
        this.session.pending[event.event.questionId] = event.id;
    }
  }

  #applyLocally(event: StoredEvent): void {
    this.#sent.set(event.id, event);
    if (event.event.type === 'answer.submit') this.session.pending[event.event.questionId] = event.id;
    else if (!this.session.send({ ...event.event, at: event.at })) this.#ignoredHere.add(event.id);
  }

  /** The answer to a question that is still waiting for its verdict, as the learner gave it. */
  answerWaitingFor(questionId: string): Answer | undefined {
    const id = this.session.pending[questionId];
    const event = id ? this.#sent.get(id)?.event : undefined;
    return event?.type === 'answer.submit' ? event.answer : undefined;
  }

  /** Records what the learner did: in IndexedDB first, then in the engine (answers: once graded). */
  async act(live: LessonEvent): Promise<void> {
    this.started = true;
    // A plain copy: answers are built from reactive drafts, which IndexedDB cannot store.
    const event = $state.snapshot(live) as LessonEvent;
    const stored: StoredEvent = {
      id: newEventId(),
      lessonKey: this.lessonKey,
      owner: this.owner,
      courseSlug: this.input.courseSlug,
      lessonId: this.input.lessonId,
      seq: nextSeq(),
      at: Date.now(),
      event,
      status: 'pending',
    };
    await this.outbox.record(stored);
    this.#applyLocally(stored);
  }

  #onResults(results: EventResult[]): void {
    let diverged = false;
    for (const result of results) {
      const event = this.#sent.get(result.id);
      if (!event) continue;
      const inner = event.event;
      if (result.status === 'refused') {
        if (inner.type === 'answer.submit') delete this.session.pending[inner.questionId];
        // A tool event that is no checkpoint changed nothing here either: nothing to undo. Only a
        // step this engine took and the server refused makes the two differ.
        else if (this.#ignoredHere.delete(result.id)) {
          this.#sent.delete(result.id);
          continue;
        } else diverged = true;
        this.notices.refused = true;
        this.#sent.delete(result.id);
        continue;
      }
      if (inner.type === 'answer.submit' && result.verdict) {
        this.session.graded(event.id, inner.questionId, inner.answer, event.at, result.verdict);
      } else if (inner.type === 'solution.reveal' && result.verdict) {
        this.session.verdicts[inner.questionId] = result.verdict;
      }
      if (this.owner === 'account') this.#sent.delete(result.id);
    }
    // The engine here took a step the server refused: the server's state wins.
    if (diverged) void this.#resync();
  }

  async #resync(): Promise<void> {
    if (this.owner === 'account') return this.input.reload();
    const { events } = await eventsOf(this.lessonKey);
    this.#rebuildFromLog(events);
  }

  /** At the first visit after sign-in: what this browser did as a guest becomes the account's. */
  async #claimGuestProgress(): Promise<void> {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup, never rendered
    const lessons = await guestLessons().catch(() => new Map<string, StoredEvent[]>());
    if (lessons.size === 0) return;
    const seed = await guestSeed();
    const payload = [...lessons.values()].map((events) => ({
      courseSlug: events[0]!.courseSlug,
      lessonId: events[0]!.lessonId,
      guestSeed: seed,
      events: events.map((e) => toEventInput(e.id, e.at, e.event)),
    }));
    const response = await fetch(`/courses/${this.input.courseSlug}/lessons/${this.input.lessonId}/claim`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ lessons: payload }),
    }).catch(() => null);
    if (!response?.ok) return;
    await deleteEvents([...lessons.values()].flat().map((event) => event.id));
    await this.input.reload();
  }

  dispose(): void {
    this.session.dispose();
  }
}
