import type { LessonEvent } from '../machines/events';

/** One thing the learner did, as stored: the id is made by the client so retries are harmless. */
export interface LearnerEvent {
  id: string;
  /** Learner's clock, ms since epoch. */
  at: number;
  event: LessonEvent;
}

/** Appends what is new; an id already in the log is ignored, so sending twice changes nothing. */
export function appendEvents(log: readonly LearnerEvent[], incoming: readonly LearnerEvent[]): LearnerEvent[] {
  const seen = new Set(log.map((e) => e.id));
  const out = [...log];
  for (const e of incoming) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    out.push(e);
  }
  return out;
}
