import type { StoredEvent } from '$lib/offline/event-store';

/**
 * The events a page must still apply on top of the state the server sent: those after the last one
 * the server stored. A batch whose reply was lost (the API died after its write) is in the server's
 * state already, and applying it again would move the learner twice. Batches go in order, so the
 * server's last event marks where this browser's own stored events end.
 */
export function notYetInServerState(waiting: readonly StoredEvent[], snapshot: unknown): StoredEvent[] {
  const last =
    snapshot && typeof snapshot === 'object'
      ? (snapshot as { lastEventId?: unknown }).lastEventId
      : undefined;
  const at = typeof last === 'string' ? waiting.findIndex((event) => event.id === last) : -1;
  return waiting.slice(at + 1);
}
