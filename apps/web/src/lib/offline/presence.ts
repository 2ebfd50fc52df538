/**
 * Tells the trainer's live view how many events this browser still holds and that a lesson is
 * open: after each batch the sender settles, and as a light heartbeat while the lesson page is
 * open. The server keeps the last report; when reports stop for a minute while events waited or a
 * lesson was open, the learner's card reads "offline, not yet synced". Signed-in learners only.
 */
export const HEARTBEAT_MS = 25_000;
/** The server takes one report per learner every 5 s; closer ones are not even sent. */
const MIN_GAP_MS = 5_000;

export interface PresenceOptions {
  /** The lesson's presence route of this site (beside its progress route). */
  url: string;
  /** Events waiting in this browser's queue right now. */
  pending: () => number;
}

export interface Presence {
  /** After a batch was sent (or failed): the count may have changed. */
  report(): void;
  stop(): void;
}

export function startPresence({ url, pending }: PresenceOptions): Presence {
  let lastOnlineAt = navigator.onLine ? new Date() : null;
  let lastSentAt = 0;
  let stopped = false;
  const send = async (lessonOpen: boolean) => {
    if (stopped && lessonOpen) return;
    const now = Date.now();
    if (lessonOpen && now - lastSentAt < MIN_GAP_MS) return;
    lastSentAt = now;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          pendingEvents: pending(),
          lessonOpen,
          lastOnlineAt: lastOnlineAt?.toISOString(),
        }),
        keepalive: !lessonOpen,
      });
      if (response.ok) lastOnlineAt = new Date();
    } catch {
      // Offline: the silence itself is what the trainer's card shows; the next beat tries again.
    }
  };
  const timer = setInterval(() => void send(true), HEARTBEAT_MS);
  void send(true);
  return {
    report: () => void send(true),
    stop: () => {
      stopped = true;
      clearInterval(timer);
      // Leaving the lesson on purpose is not "offline": say so, if the connection allows.
      void send(false);
    },
  };
}
