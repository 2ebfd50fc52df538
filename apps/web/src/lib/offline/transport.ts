import { toEventInput } from '$lib/player/wire';
import type { StoredEvent } from './event-store';
import { OfflineError, type ProgressReport, type Transport } from './outbox.svelte';

/**
 * Posts batches to the lesson's progress route of this site (which asks the API with the
 * learner's session). No answer, a 5xx or a 429 means "try later"; another 4xx refuses the batch's events.
 */
export function progressTransport(url: string, guestSeed?: () => string): Transport {
  return async (events: StoredEvent[]): Promise<ProgressReport> => {
    const payload = {
      events: events.map((e) => toEventInput(e.id, e.at, e.event)),
      guestSeed: guestSeed?.(),
    };
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      });
    } catch {
      throw new OfflineError('no connection');
    }
    // 429: too many guest batches from this address for now; the events stay queued, never refused.
    if (response.status >= 500 || response.status === 429)
      throw new OfflineError(`the site answered ${response.status}`);
    const body = (await response.json().catch(() => null)) as ProgressReport | { message?: string } | null;
    if (response.ok && body && 'results' in body) return body;
    const reason = (body as { message?: string } | null)?.message ?? `the site answered ${response.status}`;
    return {
      results: events.map((e) => ({
        id: e.id,
        status: 'refused',
        code: 'invalid_event',
        reason,
        verdict: null,
      })),
      lesson: { status: 'in_progress', currentStepId: null, stepNumber: 0, stepCount: 0 },
      stored: false,
      courseCompletedAt: null,
    };
  };
}
