import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { GradeResult, LessonEvent } from '@punte/course-engine';

/** Who the events belong to: a guest keeps everything here; an account keeps what the server has not confirmed. */
export type Owner = 'guest' | 'account';

export interface StoredEvent {
  id: string;
  lessonKey: string;
  owner: Owner;
  courseSlug: string;
  lessonId: string;
  /** Order of recording in this browser (the learner's clock can go backwards). */
  seq: number;
  at: number;
  event: LessonEvent;
  status: 'pending' | 'sent' | 'refused';
  /** The server's grade of an answer, so a guest's lesson replays the same here. */
  result?: GradeResult;
}

interface PlayerDb extends DBSchema {
  events: { key: string; value: StoredEvent; indexes: { 'by-lesson': string } };
  /** Records that could not be read: kept aside, never silently dropped. */
  quarantine: { key: number; value: { found: unknown; at: number; reported?: boolean } };
  meta: { key: string; value: string };
}

export const lessonKeyOf = (owner: Owner, courseSlug: string, lessonId: string) =>
  `${owner}|${courseSlug}|${lessonId}`;

const EVENT_TYPES = new Set([
  'step.next',
  'video.progress',
  'answer.submit',
  'hint.request',
  'checkpoint.reach',
  'solution.reveal',
  'worksheet.save',
]);

/** A record as this code wrote it; anything else (another version, a damaged disk) is corrupt. */
export function isStoredEvent(value: unknown): value is StoredEvent {
  const v = value as Partial<StoredEvent> | null;
  return (
    !!v &&
    typeof v === 'object' &&
    typeof v.id === 'string' &&
    /^[A-Za-z0-9_-]{8,64}$/.test(v.id) &&
    typeof v.lessonKey === 'string' &&
    (v.owner === 'guest' || v.owner === 'account') &&
    typeof v.seq === 'number' &&
    typeof v.at === 'number' &&
    Number.isFinite(v.at) &&
    (v.status === 'pending' || v.status === 'sent' || v.status === 'refused') &&
    !!v.event &&
    typeof v.event === 'object' &&
    EVENT_TYPES.has((v.event as { type?: string }).type ?? '')
  );
}

let opened: Promise<IDBPDatabase<PlayerDb>> | undefined;

function db(): Promise<IDBPDatabase<PlayerDb>> {
  opened ??= openDB<PlayerDb>('punte-player', 1, {
    upgrade(database) {
      const events = database.createObjectStore('events', { keyPath: 'id' });
      events.createIndex('by-lesson', 'lessonKey');
      database.createObjectStore('quarantine', { autoIncrement: true });
      database.createObjectStore('meta');
    },
  });
  return opened;
}

/** Written before the screen moves on: resolves once IndexedDB has the event. */
export async function saveEvent(event: StoredEvent): Promise<void> {
  await (await db()).put('events', event);
}

export async function updateEvents(events: StoredEvent[]): Promise<void> {
  const tx = (await db()).transaction('events', 'readwrite');
  await Promise.all([...events.map((event) => tx.store.put(event)), tx.done]);
}

export async function deleteEvents(ids: string[]): Promise<void> {
  const tx = (await db()).transaction('events', 'readwrite');
  await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
}

export interface LoadedEvents {
  events: StoredEvent[];
  /** How many records could not be read (moved to quarantine). */
  corrupt: number;
}

/** A lesson's events in recording order; unreadable records are moved aside and counted. */
export async function eventsOf(lessonKey: string): Promise<LoadedEvents> {
  const database = await db();
  const raw: unknown[] = await database.getAllFromIndex('events', 'by-lesson', lessonKey);
  return sortAndQuarantine(database, raw);
}

/** Every guest lesson kept in this browser, for the claim at sign-in. */
export async function guestLessons(): Promise<Map<string, StoredEvent[]>> {
  const database = await db();
  const { events } = await sortAndQuarantine(database, await database.getAll('events'));
  const byLesson = new Map<string, StoredEvent[]>();
  for (const event of events) {
    if (event.owner !== 'guest' || event.status === 'refused') continue;
    byLesson.set(event.lessonKey, [...(byLesson.get(event.lessonKey) ?? []), event]);
  }
  return byLesson;
}

async function sortAndQuarantine(database: IDBPDatabase<PlayerDb>, raw: unknown[]): Promise<LoadedEvents> {
  const events: StoredEvent[] = [];
  const bad: unknown[] = [];
  for (const record of raw) (isStoredEvent(record) ? events : bad).push(record as StoredEvent);
  if (bad.length) {
    const tx = database.transaction(['events', 'quarantine'], 'readwrite');
    const removals = bad.map((found) => {
      const id = (found as { id?: unknown } | null)?.id;
      return typeof id === 'string' ? tx.objectStore('events').delete(id) : Promise.resolve();
    });
    await Promise.all([
      ...bad.map((found) => tx.objectStore('quarantine').add({ found, at: Date.now() })),
      ...removals,
      tx.done,
    ]);
  }
  return { events: events.sort((a, b) => a.seq - b.seq), corrupt: bad.length };
}

/**
 * How many records of this lesson were moved aside and not yet shown to the learner, marking them
 * shown: whichever path found them (the sender, another tab), the next page of the lesson says so.
 */
export async function takeUnreportedQuarantine(lessonKey: string): Promise<number> {
  const database = await db();
  const tx = database.transaction('quarantine', 'readwrite');
  let count = 0;
  for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
    const entry = cursor.value;
    const key = (entry.found as { lessonKey?: unknown } | null)?.lessonKey;
    if (entry.reported || (key !== undefined && key !== lessonKey)) continue;
    count += 1;
    await cursor.update({ ...entry, reported: true });
  }
  await tx.done;
  return count;
}

/** This browser's guest seed: the shuffled order a guest sees, the same after a reload. */
export async function guestSeed(): Promise<string> {
  const database = await db();
  const existing = await database.get('meta', 'guestSeed');
  if (existing) return existing;
  const seed = `guest-${crypto.randomUUID()}`;
  await database.put('meta', seed, 'guestSeed');
  return seed;
}

/** A fresh, ordered sequence number: the time and a counter, unique within this browser. */
let counter = 0;
export function nextSeq(): number {
  counter = (counter + 1) % 1000;
  return Date.now() * 1000 + counter;
}

export function newEventId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}
