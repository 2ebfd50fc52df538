import type { PlayerRecordProgressMutation } from '$lib/graphql/generated/graphql';
import { deleteEvents, eventsOf, saveEvent, updateEvents, type Owner, type StoredEvent } from './event-store';

export type ProgressReport = PlayerRecordProgressMutation['recordProgress'];
export type EventResult = ProgressReport['results'][number];

/** "saved", "saving…" or "offline, saved on this computer": what the quiet indicator says. */
export type SaveStatus = 'saved' | 'saving' | 'offline';

/** The network or the server is not reachable now: keep the events and try again later. */
export class OfflineError extends Error {
  override readonly name = 'OfflineError';
}

/** Sends a batch; throws OfflineError when it should be retried later. */
export type Transport = (events: StoredEvent[]) => Promise<ProgressReport>;

const FIRST_RETRY_MS = 1000;
// Short enough that an answer waiting for its verdict is graded soon after the server is back.
const MAX_RETRY_MS = 8_000;
const BATCH = 50;

export interface OutboxOptions {
  owner: Owner;
  lessonKey: string;
  transport: Transport;
  /** Results of a batch, with the events they are about. */
  onResults: (results: EventResult[], sent: StoredEvent[], report: ProgressReport) => void;
}

/**
 * The lesson's queue of learner events: each is in IndexedDB before the screen moves on, then
 * sent in batches; a failed send is retried with a growing pause, and at once when the browser
 * says it is online again. A guest sends the whole log (the server grades, stores nothing).
 */
export class Outbox {
  status = $state<SaveStatus>('saved');
  /** Events not yet confirmed by the server. */
  waiting = $state(0);
  #running: Promise<boolean> | null = null;
  #retryMs = FIRST_RETRY_MS;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #options: OutboxOptions;

  constructor(options: OutboxOptions) {
    this.#options = options;
  }

  /** Starts listening for the connection coming back; returns the function that stops it. */
  watchConnection(): () => void {
    const online = () => {
      this.#retryMs = FIRST_RETRY_MS;
      void this.flush();
    };
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      clearTimeout(this.#timer);
    };
  }

  /** Resolves once the event is stored in this browser; sending follows on its own. */
  async record(event: StoredEvent): Promise<void> {
    await saveEvent(event);
    this.waiting += 1;
    void this.flush();
  }

  /** Sends everything waiting; true when nothing is left waiting. */
  flush(): Promise<boolean> {
    if (this.#running) return this.#running.then(() => this.flush());
    this.#running = this.#drain().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async #drain(): Promise<boolean> {
    clearTimeout(this.#timer);
    for (;;) {
      const { events } = await eventsOf(this.#options.lessonKey);
      const pending = events.filter((event) => event.status === 'pending');
      this.waiting = pending.length;
      if (pending.length === 0) {
        this.status = 'saved';
        return true;
      }
      // A guest's server keeps nothing: it needs the whole log to grade the new events.
      const batch =
        this.#options.owner === 'guest'
          ? events.filter((event) => event.status !== 'refused')
          : pending.slice(0, BATCH);
      this.status = 'saving';
      let report: ProgressReport;
      try {
        report = await this.#options.transport(batch);
      } catch (error) {
        if (!(error instanceof OfflineError)) throw error;
        this.status = 'offline';
        this.#timer = setTimeout(() => void this.flush(), this.#retryMs);
        this.#retryMs = Math.min(MAX_RETRY_MS, this.#retryMs * 2);
        return false;
      }
      this.#retryMs = FIRST_RETRY_MS;
      if (report.results.length !== batch.length)
        throw new Error(`the server answered ${report.results.length} results for ${batch.length} events`);
      await this.#settle(batch, report.results);
      this.#options.onResults(report.results, batch, report);
      // Every event sent has an answer, so the next round only sees what was recorded meanwhile.
    }
  }

  /** Confirmed events leave an account's queue; a guest keeps them (with grades) as their progress. */
  async #settle(batch: StoredEvent[], results: EventResult[]): Promise<void> {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup, never rendered
    const byId = new Map(results.map((result) => [result.id, result]));
    if (this.#options.owner === 'account') {
      const confirmed = batch.filter((event) => byId.get(event.id)?.status !== 'refused').map((e) => e.id);
      const refused = batch
        .filter((event) => byId.get(event.id)?.status === 'refused')
        .map((event) => ({ ...event, status: 'refused' as const }));
      await deleteEvents(confirmed);
      await updateEvents(refused);
      return;
    }
    const updated = batch.map((event): StoredEvent => {
      const result = byId.get(event.id);
      if (!result) return event;
      if (result.status === 'refused') return { ...event, status: 'refused' };
      const verdict = result.verdict;
      const next: StoredEvent = { ...event, status: 'sent' };
      if (verdict && verdict.correct !== null && verdict.score !== null)
        next.result = { correct: verdict.correct, score: verdict.score };
      return next;
    });
    await updateEvents(updated);
  }
}
