import { newlyStuck } from './board-changes';
import type { LiveCardView } from './live-card-view';

const card = (learnerId: string, status: LiveCardView['status']): LiveCardView => ({
  learnerId,
  name: learnerId.toUpperCase(),
  status,
  timeOnStepMs: 0,
  wrongAttempts: 0,
  hintsUsed: 0,
  unsynced: false,
});

describe('what the live view announces', () => {
  it('names only those who became stuck since the last update', () => {
    expect(
      newlyStuck(
        [card('ana', 'stuck'), card('ion', 'working')],
        [card('ana', 'stuck'), card('ion', 'stuck')],
      ),
    ).toEqual(['ION']);
    expect(newlyStuck([card('ana', 'stuck')], [card('ana', 'working')])).toEqual([]);
  });
});
