import { RECORD } from './player/operations';
import { PlayerApi } from './player/player-harness';
import { toTheQuiz } from './player/journey';

type Recorded = {
  recordProgress: {
    results: { id: string; status: string; reason: string | null }[];
    lesson: { stepNumber: number };
  };
};

describe('recording progress one event at a time, as a signed-in browser sends it', () => {
  const api = new PlayerApi();
  beforeAll(() => api.start());
  afterAll(() => api.dispose());

  it('takes each event of the way to the quiz in its own batch, from the stored snapshot each time', async () => {
    const steps: number[] = [];
    for (const event of toTheQuiz()) {
      const reply = await api.graphql<Recorded>(
        RECORD,
        { input: { courseSlug: 'player-sampler', lessonId: 'tour', locale: 'en', events: [event] } },
        'one-by-one',
      );
      expect(reply.errors).toBeUndefined();
      expect(reply.data!.recordProgress.results).toEqual([
        expect.objectContaining({ id: event.id, status: 'accepted', reason: null }),
      ]);
      steps.push(reply.data!.recordProgress.lesson.stepNumber);
    }
    expect(steps).toEqual([1, 2, 3, 3, 3, 4]);
  });
});
