import type { StoredEvent } from '$lib/offline/event-store';
import { notYetInServerState } from './unsent-events';

const event = (id: string) => ({ id, status: 'pending' }) as StoredEvent;
const waiting = [event('a'), event('b'), event('c')];

describe('the events a page applies on top of the server state', () => {
  it('are all of them when the server stored none of them', () => {
    expect(notYetInServerState(waiting, { lastEventId: 'from-another-device' })).toEqual(waiting);
    expect(notYetInServerState(waiting, null)).toEqual(waiting);
    expect(notYetInServerState(waiting, { format: 'no last event' })).toEqual(waiting);
  });

  it('leave out those the server stored before its reply was lost', () => {
    expect(notYetInServerState(waiting, { lastEventId: 'b' }).map((e) => e.id)).toEqual(['c']);
    expect(notYetInServerState(waiting, { lastEventId: 'c' })).toEqual([]);
  });
});
