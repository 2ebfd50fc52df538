import { getModelToken } from '@nestjs/mongoose';
import { type Model } from 'mongoose';
import { LessonProgressRecord } from '../src/modules/progress/progress.schema';
import { answer, ev, LESSON, RECORD } from './player/operations';
import { PlayerApi } from './player/player-harness';
import { toTheQuiz } from './player/journey';

type Result = {
  id: string;
  status: string;
  code: string | null;
  reason: string | null;
  verdict: Record<string, unknown> | null;
};
type Recorded = {
  recordProgress: { results: Result[]; lesson: { currentStepId: string | null }; stored: boolean };
};

describe('recording progress: idempotent, concurrent, refusing what the engine refuses', () => {
  const api = new PlayerApi();
  let progress: Model<LessonProgressRecord>;
  beforeAll(async () => {
    await api.start();
    progress = api.app!.get<Model<LessonProgressRecord>>(getModelToken(LessonProgressRecord.name));
  });
  afterAll(() => api.dispose());

  const record = (events: unknown[], learner?: string, extra: Record<string, unknown> = {}) =>
    api.graphql<Recorded>(
      RECORD,
      { input: { courseSlug: 'player-sampler', lessonId: 'tour', locale: 'en', events, ...extra } },
      learner,
    );
  const stored = (learnerId: string) =>
    progress.findOne({ learnerId, courseSlug: 'player-sampler', lessonId: 'tour' }).lean().exec();

  it('answers the same batch sent twice with the same verdicts and stores it once', async () => {
    const batch = [...toTheQuiz(), answer('q-single', { kind: 'single_choice', optionId: 'phone' })];
    const first = await record(batch, 'idem');
    const before = await stored('idem');
    const second = await record(batch, 'idem');
    expect(second.errors).toBeUndefined();
    const after = await stored('idem');
    expect(second.data!.recordProgress.results.map((r) => r.status)).toEqual(
      Array(batch.length).fill('already_recorded'),
    );
    expect(second.data!.recordProgress.results.map((r) => r.verdict)).toEqual(
      first.data!.recordProgress.results.map((r) => r.verdict),
    );
    expect(after!.events).toHaveLength(batch.length);
    expect(after!.revision).toBe(before!.revision);
    expect(after!.snapshot).toEqual(before!.snapshot);
  });

  it('reports each refused event with its reason and never stores it', async () => {
    await record(toTheQuiz(), 'refusals');
    const before = await stored('refusals');
    const batch = [
      answer('q-multi', { kind: 'multiple_choice', optionIds: ['subject'] }), // not the current question
      ev('step.next'), // the quiz is not finished
      ev('video.progress', { watchedShare: 0.5 }), // no video on this step
      ev('checkpoint.reach', { toolEvent: 'compose.opened' }), // no practice on this step
      ev('xstate.done.actor.quiz'), // a forged engine event
      answer('q-single', { kind: 'single_choice' }), // no option
      answer('q-single', { kind: 'number', number: 3 }), // wrong kind for the question
      answer('q-single', { kind: 'single_choice', optionId: 'mail' }), // fine
    ];
    const reply = await record(batch, 'refusals');
    expect(reply.errors).toBeUndefined();
    const results = reply.data!.recordProgress.results;
    expect(results.map((r) => [r.status, r.code])).toEqual([
      ['refused', 'not_current_question'],
      ['refused', 'not_applicable'],
      ['refused', 'not_applicable'],
      ['refused', 'not_applicable'],
      ['refused', 'invalid_event'],
      ['refused', 'invalid_event'],
      ['refused', 'not_applicable'],
      ['accepted', null],
    ]);
    expect(results[4].reason).toContain('unknown event type "xstate.done.actor.quiz"');
    expect(results[5].reason).toContain('optionId');
    const after = await stored('refusals');
    expect(after!.events.map((e) => e.id)).toEqual([...before!.events.map((e) => e.id), batch[7].id]);
    // Sent again: the same answers, still nothing stored.
    const again = await record(batch, 'refusals');
    expect(again.data!.recordProgress.results.map((r) => [r.status, r.code])).toEqual([
      ...results.slice(0, 7).map((r) => [r.status, r.code]),
      ['already_recorded', null],
    ]);
    expect((await stored('refusals'))!.events).toHaveLength(after!.events.length);
  });

  it('refuses a batch that is too large or has malformed ids as a whole, with the problem named', async () => {
    const tooMany = Array.from({ length: 201 }, () => ev('step.next'));
    const big = await record(tooMany, 'limits');
    expect(big.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(big.errors?.[0].message).toContain('at most 200 events');
    const badId = await record([{ ...ev('step.next'), id: 'x' }], 'limits');
    expect(badId.errors?.[0].message).toContain('event id "x"');
    expect(await stored('limits')).toBeNull();
  });

  it('loses nothing when two devices send at once: every accepted event is in the log and in the state', async () => {
    await record(toTheQuiz(), 'twodevices');
    const wrong = ['web', 'phone', 'web', 'phone'];
    // Four wrong answers from four devices, all at the same moment: each must count exactly once.
    const replies = await Promise.all(
      wrong.map((optionId, i) =>
        record([answer('q-single', { kind: 'single_choice', optionId })], 'twodevices').then((reply) => ({
          reply,
          i,
        })),
      ),
    );
    for (const { reply } of replies) {
      expect(reply.errors).toBeUndefined();
      expect(reply.data!.recordProgress.results[0].status).toBe('accepted');
    }
    const attemptsSeen = replies
      .map(({ reply }) => reply.data!.recordProgress.results[0].verdict!.attempts)
      .sort();
    expect(attemptsSeen).toEqual([1, 2, 3, 4]);
    const doc = await stored('twodevices');
    expect(doc!.events).toHaveLength(6 + 4);
    expect(doc!.revision).toBe(5);
    const view = await api.graphql<{
      lesson: { saved: { verdicts: { questionId: string; attempts: number; settled: boolean }[] } };
    }>(LESSON, { courseSlug: 'player-sampler', lessonId: 'tour', locale: 'en' }, 'twodevices');
    expect(view.data!.lesson.saved.verdicts).toEqual([
      expect.objectContaining({ questionId: 'q-single', attempts: 4, settled: true }),
    ]);
  });

  it('rebuilds the state from the log when the stored snapshot is damaged', async () => {
    await record(toTheQuiz(), 'damaged');
    await progress
      .updateOne({ learnerId: 'damaged', lessonId: 'tour' }, { $set: { snapshot: { format: 'nonsense' } } })
      .exec();
    const reply = await record([answer('q-single', { kind: 'single_choice', optionId: 'mail' })], 'damaged');
    expect(reply.errors).toBeUndefined();
    expect(reply.data!.recordProgress.results[0]).toMatchObject({
      status: 'accepted',
      verdict: { correct: true },
    });
    const doc = await stored('damaged');
    expect(doc!.events).toHaveLength(7);
    expect(doc!.snapshot).toMatchObject({ format: 'punte.lesson-snapshot/4', lessonId: 'tour' });
  });

  it('grades a guest’s whole log without storing anything', async () => {
    const log = [...toTheQuiz(), answer('q-single', { kind: 'single_choice', optionId: 'mail' })];
    const reply = await record(log, undefined, { guestSeed: 'guest-seed-1234' });
    expect(reply.errors).toBeUndefined();
    expect(reply.data!.recordProgress.stored).toBe(false);
    expect(reply.data!.recordProgress.results.at(-1)!.verdict).toMatchObject({ correct: true });
    expect(await progress.countDocuments({ learnerId: 'guest-seed-1234' })).toBe(0);
  });

  it('answers UNAUTHENTICATED to a guest who sends events without a guest seed', async () => {
    const reply = await record([ev('step.next')]);
    expect(reply.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
