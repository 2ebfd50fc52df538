import { eventsOf, lessonKeyOf, newEventId, nextSeq, type StoredEvent } from '$lib/offline/event-store';
import { Outbox, type EventResult } from '$lib/offline/outbox.svelte';
import { progressTransport } from '$lib/offline/transport';

export type PartStatus = 'saving' | 'saved' | 'offline' | 'refused';
export interface PartState {
  status: PartStatus;
  reason?: string;
}

type Values = Record<string, string>;

/** The `stepId` of a plan edit (a `worksheet.save` naming its sheet), else undefined. */
function editedStep(event: StoredEvent): string | undefined {
  return event.event.type === 'worksheet.save' ? event.event.stepId : undefined;
}

/**
 * Edits made on the assembled plan travel as the worksheet step's own events: a `worksheet.save`
 * naming its sheet, written to the lesson's IndexedDB queue before anything else, then sent by the
 * player's Outbox (retried when offline). One Outbox per lesson, as the player keeps.
 */
export class PlanEditor {
  /** By step id: what happened to the part's last save. */
  parts = $state<Record<string, PartState>>({});
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup, never rendered
  readonly #outboxes = new Map<string, Outbox>();
  readonly #stops: (() => void)[] = [];

  constructor(private readonly courseSlug: string) {}

  /** Stores the edit in this browser, then sends it; resolves once it is stored (sending follows). */
  async save(lessonId: string, stepId: string, values: Values): Promise<void> {
    const outbox = this.#outbox(lessonId);
    this.parts[stepId] = { status: 'saving' };
    await outbox.record({
      id: newEventId(),
      lessonKey: lessonKeyOf('account', this.courseSlug, lessonId),
      owner: 'account',
      courseSlug: this.courseSlug,
      lessonId,
      seq: nextSeq(),
      at: Date.now(),
      event: { type: 'worksheet.save', stepId, values },
      status: 'pending',
    });
    const sent = await outbox.flush();
    if (!sent && this.parts[stepId]?.status === 'saving') this.parts[stepId] = { status: 'offline' };
  }

  /**
   * Edits still waiting in this browser (made offline, or before a reload), by step id, merged in
   * order; their lessons' queues start sending again.
   */
  async pending(lessonIds: readonly string[]): Promise<Record<string, Values>> {
    const byStep: Record<string, Values> = {};
    for (const lessonId of lessonIds) {
      const { events } = await eventsOf(lessonKeyOf('account', this.courseSlug, lessonId));
      const waiting = events.filter((event) => event.status === 'pending' && editedStep(event));
      for (const event of waiting) {
        const stepId = editedStep(event) as string;
        const values = (event.event as { values: Values }).values;
        byStep[stepId] = { ...byStep[stepId], ...values };
        this.parts[stepId] = { status: 'offline' };
      }
      if (waiting.length > 0) void this.#outbox(lessonId).flush();
    }
    return byStep;
  }

  /** Sends whatever waits (before a PDF is made from what the server has); true when nothing is left. */
  async flushAll(): Promise<boolean> {
    const results = await Promise.all([...this.#outboxes.values()].map((outbox) => outbox.flush()));
    return results.every(Boolean);
  }

  stop(): void {
    this.#stops.forEach((stop) => stop());
  }

  #outbox(lessonId: string): Outbox {
    let outbox = this.#outboxes.get(lessonId);
    if (!outbox) {
      outbox = new Outbox({
        owner: 'account',
        lessonKey: lessonKeyOf('account', this.courseSlug, lessonId),
        transport: progressTransport(`/courses/${this.courseSlug}/lessons/${lessonId}/progress`),
        onResults: (results, sent) => this.#settled(results, sent),
      });
      this.#stops.push(outbox.watchConnection());
      this.#outboxes.set(lessonId, outbox);
    }
    return outbox;
  }

  #settled(results: EventResult[], sent: StoredEvent[]): void {
    for (const [index, event] of sent.entries()) {
      const stepId = editedStep(event);
      const result = results.find((r) => r.id === event.id) ?? results[index];
      if (!stepId || !result) continue;
      this.parts[stepId] =
        result.status === 'refused'
          ? { status: 'refused', reason: result.reason ?? undefined }
          : { status: 'saved' };
    }
  }
}
