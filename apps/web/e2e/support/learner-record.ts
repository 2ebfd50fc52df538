import type { Page } from '@playwright/test';
import type { ApiSession } from './auth';

/** A lesson as the server keeps it for one signed-in learner. */
export interface ServerRecord {
  /** Learner events stored. */
  eventCount: number;
  /** The step the lesson resumes at (null: finished or not started). */
  currentStepId: string | null;
  /** Attempts the server counted, by question id. */
  attempts: Record<string, number>;
  correct: Record<string, boolean | null>;
}

interface Saved {
  eventCount: number;
  snapshot: { state?: { context?: { currentStepId?: string | null } } } | null;
  verdicts: { questionId: string; attempts: number; correct: boolean | null }[];
}

/** Asked of the API as the learner (their session), not read from any page. */
export async function serverRecord(
  api: ApiSession,
  courseSlug: string,
  lessonId: string,
): Promise<ServerRecord> {
  const { lesson } = await api.call<{ lesson: { saved: Saved | null } }>(
    `query ($courseSlug: String!, $lessonId: String!) {
      lesson(courseSlug: $courseSlug, lessonId: $lessonId, locale: en) {
        saved { eventCount snapshot verdicts { questionId attempts correct } } } }`,
    { courseSlug, lessonId },
  );
  if (!lesson.saved) throw new Error('the API answered as to a guest: no saved lesson');
  const { eventCount, snapshot, verdicts } = lesson.saved;
  return {
    eventCount,
    currentStepId: snapshot?.state?.context?.currentStepId ?? null,
    attempts: Object.fromEntries(verdicts.map((v) => [v.questionId, v.attempts])),
    correct: Object.fromEntries(verdicts.map((v) => [v.questionId, v.correct])),
  };
}

/** Events of a signed-in learner this browser holds and the server has not confirmed (the player's IndexedDB queue). */
export function queuedInBrowser(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('punte-player');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('events').objectStore('events').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            const events = all.result as { owner: string; status: string }[];
            open.result.close();
            resolve(events.filter((e) => e.owner === 'account' && e.status === 'pending').length);
          };
        };
      }),
  );
}
