import { answer, ev, LESSON, RECORD } from './player/operations';
import { PlayerApi } from './player/player-harness';
import { rightAnswers, toTheQuiz } from './player/journey';

type Result = {
  id: string;
  status: string;
  code: string | null;
  reason: string | null;
  verdict: Record<string, unknown> | null;
};
type Record_ = {
  recordProgress: {
    results: Result[];
    lesson: { status: string; currentStepId: string | null; stepNumber: number };
    stored: boolean;
    courseCompletedAt: string | null;
  };
};

describe('taking a lesson over the API', () => {
  const api = new PlayerApi();
  beforeAll(() => api.start());
  afterAll(() => api.dispose());

  const record = (events: unknown[], learner?: string, extra: Record<string, unknown> = {}) =>
    api.graphql<Record_>(
      RECORD,
      { input: { courseSlug: 'player-sampler', lessonId: 'tour', locale: 'en', events, ...extra } },
      learner,
    );

  it('walks a signed-in learner to the quiz and grades an answer with its feedback', async () => {
    const reply = await record(
      [...toTheQuiz(), answer('q-single', { kind: 'single_choice', optionId: 'web' })],
      'ana',
    );
    expect(reply.errors).toBeUndefined();
    const { results, lesson, stored } = reply.data!.recordProgress;
    expect(results.map((r) => r.status)).toEqual([...Array(6).fill('accepted'), 'accepted']);
    expect(results[6].verdict).toMatchObject({
      questionId: 'q-single',
      correct: false,
      feedback: 'That is the address of a website.',
      attempts: 1,
      attemptsLeft: 3,
      settled: false,
      explanation: null,
    });
    expect(lesson).toMatchObject({ status: 'in_progress', currentStepId: 'check', stepNumber: 4 });
    expect(stored).toBe(true);
    const view = await api.graphql<{ lesson: { saved: { eventCount: number } } }>(
      LESSON,
      { courseSlug: 'player-sampler', lessonId: 'tour', locale: 'en' },
      'ana',
    );
    expect(view.errors).toBeUndefined();
    expect(view.data!.lesson.saved.eventCount).toBe(7);
  });

  it('finishes the lesson with every answer right', async () => {
    await record(toTheQuiz(), 'bob');
    const reply = await record([...rightAnswers(), ev('step.next'), ev('step.next')], 'bob');
    expect(reply.errors).toBeUndefined();
    const { results, lesson } = reply.data!.recordProgress;
    expect(results.filter((r) => r.status !== 'accepted')).toEqual([]);
    expect(results.slice(0, 8).every((r) => r.verdict?.correct === true)).toBe(true);
    expect(results[0].verdict?.explanation).toBe('An e-mail address always has the @ sign in the middle.');
    expect(lesson.status).toBe('completed');
  });
});
