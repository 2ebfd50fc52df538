import { OFFLINE_AFTER_MS, presenceNow } from './presence-rule';

const now = new Date('2026-12-07T10:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('"offline, not yet synced"', () => {
  it('turns on when the browser held events and has been quiet for over a minute', () => {
    const seen = { pendingEvents: 3, lessonOpen: true, contactAt: ago(90) };
    expect(presenceNow(seen, ago(120), now)).toEqual({
      lastSeenAt: ago(90),
      pendingEvents: 3,
      offlineUnsynced: true,
    });
  });

  it('turns on for a lesson left open mid-step with an empty queue, once quiet for over a minute', () => {
    const seen = { pendingEvents: 0, lessonOpen: true, contactAt: ago(61) };
    expect(presenceNow(seen, null, now).offlineUnsynced).toBe(true);
    expect(presenceNow({ ...seen, contactAt: ago(30) }, null, now).offlineUnsynced).toBe(false);
  });

  it('stays off for a browser that holds nothing and has no lesson open', () => {
    const seen = { pendingEvents: 0, lessonOpen: false, contactAt: ago(600) };
    expect(presenceNow(seen, ago(700), now).offlineUnsynced).toBe(false);
  });

  it('clears when a batch arrives after the report, and counts the batch as the last contact', () => {
    const seen = { pendingEvents: 5, lessonOpen: true, contactAt: ago(300) };
    expect(presenceNow(seen, ago(10), now)).toEqual({
      lastSeenAt: ago(10),
      pendingEvents: 0,
      offlineUnsynced: false,
    });
  });

  it('stays off without any report: the browser never said it held anything', () => {
    expect(presenceNow(null, ago(3600), now)).toEqual({
      lastSeenAt: ago(3600),
      pendingEvents: 0,
      offlineUnsynced: false,
    });
  });

  it('waits exactly the threshold: quiet for a minute is not yet offline', () => {
    const seen = {
      pendingEvents: 1,
      lessonOpen: false,
      contactAt: new Date(now.getTime() - OFFLINE_AFTER_MS),
    };
    expect(presenceNow(seen, null, now).offlineUnsynced).toBe(false);
  });
});
