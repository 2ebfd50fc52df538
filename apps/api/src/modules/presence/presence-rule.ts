/** No word from the browser for this long while it held events or had a lesson open: offline. */
export const OFFLINE_AFTER_MS = 60_000;

export interface PresenceSeen {
  pendingEvents: number;
  lessonOpen: boolean;
  /** Server time of the browser's last report. */
  contactAt: Date;
}

export interface PresenceNow {
  /** The later of the last report and the last progress batch received. */
  lastSeenAt: Date | null;
  /** Events the browser still holds, as far as the server knows. */
  pendingEvents: number;
  /** "Offline, not yet synced". */
  offlineUnsynced: boolean;
}

/**
 * The live card's offline flag. A batch that arrived after the last report carried the events that
 * report counted, so the count no longer holds; the flag clears as soon as a batch or a report with
 * an empty queue arrives. Without any report the browser never said it held anything: no flag.
 */
export function presenceNow(
  seen: PresenceSeen | null,
  lastBatchAt: Date | null,
  now: Date,
  offlineAfterMs = OFFLINE_AFTER_MS,
): PresenceNow {
  if (!seen) return { lastSeenAt: lastBatchAt, pendingEvents: 0, offlineUnsynced: false };
  const batchSince = lastBatchAt !== null && lastBatchAt.getTime() > seen.contactAt.getTime();
  const lastSeenAt = batchSince ? lastBatchAt : seen.contactAt;
  const pendingEvents = batchSince ? 0 : seen.pendingEvents;
  const quiet = now.getTime() - lastSeenAt.getTime() > offlineAfterMs;
  // A lesson left open goes quiet only if the browser lost its connection (it reports every ~25 s).
  return { lastSeenAt, pendingEvents, offlineUnsynced: quiet && (pendingEvents > 0 || seen.lessonOpen) };
}
