import { type LearnerNow, liveBoard, liveCard } from './live-card';

const now = new Date('2027-03-02T08:30:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

function learner(fields: Partial<LearnerNow> & { name: string }): LearnerNow {
  return {
    learnerId: fields.name.toLowerCase(),
    lesson: { lessonId: 'email-basics', title: 'Primul e-mail' },
    step: { stepId: 'check', title: 'Verificare', index: 2, count: 5 },
    timeOnStepMs: 180_000,
    wrongAttempts: 0,
    hintsUsed: 0,
    checkpoint: null,
    finished: false,
    stuckSince: null,
    stuckReason: null,
    helpedAt: null,
    lastSeenAt: minutesAgo(0.2),
    pendingEvents: 0,
    ...fields,
  };
}

describe('a live card', () => {
  it('shows lesson, step n of m, time on the step, wrong attempts, hints and checkpoint', () => {
    const card = liveCard(
      learner({ name: 'Ana', wrongAttempts: 2, hintsUsed: 1, checkpoint: 'Mesaj trimis' }),
      { now },
    );
    expect(card).toMatchObject({
      status: 'working',
      lessonTitle: 'Primul e-mail',
      stepTitle: 'Verificare',
      stepNumber: 3,
      stepCount: 5,
      timeOnStepMs: 180_000,
      wrongAttempts: 2,
      hintsUsed: 1,
      checkpoint: 'Mesaj trimis',
      unsynced: false,
    });
  });

  it('is stuck on the engine signal until the trainer marks helped, and again when stuck after that', () => {
    const stuck = learner({ name: 'Ion', stuckSince: minutesAgo(2), stuckReason: 'failed-attempts' });
    expect(liveCard(stuck, { now })).toMatchObject({ status: 'stuck', stuckReason: 'failed-attempts' });
    const helped = { ...stuck, helpedAt: minutesAgo(1) };
    expect(liveCard(helped, { now })).toMatchObject({ status: 'working', stuckReason: null });
    expect(liveCard({ ...helped, stuckSince: minutesAgo(0.5) }, { now }).status).toBe('stuck');
  });

  it('is offline, not yet synced, when the browser has gone quiet; finished wins over all', () => {
    expect(liveCard(learner({ name: 'Olena', lastSeenAt: minutesAgo(3) }), { now })).toMatchObject({
      status: 'offline',
      unsynced: true,
    });
    expect(liveCard(learner({ name: 'Olena', pendingEvents: 2 }), { now })).toMatchObject({
      status: 'working',
      unsynced: true,
    });
    expect(
      liveCard(
        learner({ name: 'Petru', finished: true, stuckSince: minutesAgo(1), lastSeenAt: minutesAgo(30) }),
        {
          now,
        },
      ).status,
    ).toBe('finished');
    expect(
      liveCard(learner({ name: 'Vasile', lesson: null, step: null, timeOnStepMs: 0 }), { now }),
    ).toMatchObject({
      status: 'not-started',
      timeOnStepMs: 0,
      unsynced: false,
    });
  });
  it('is offline, not yet synced, when the presence rule says so, though the last batch is recent', () => {
    const card = liveCard(learner({ name: 'Ana', lastSeenAt: minutesAgo(0.5), offlineUnsynced: true }), {
      now,
    });
    expect(card).toMatchObject({ status: 'offline', unsynced: true });
    expect(liveCard(learner({ name: 'Ana', finished: true, offlineUnsynced: true }), { now })).toMatchObject({
      status: 'finished',
      unsynced: false,
    });
  });
});

describe('the live board', () => {
  it('puts whoever needs help first', () => {
    const board = liveBoard(
      [
        learner({ name: 'Done', finished: true }),
        learner({ name: 'Quick', timeOnStepMs: 60_000 }),
        learner({ name: 'Slow', timeOnStepMs: 540_000 }),
        learner({ name: 'Quiet', lastSeenAt: minutesAgo(5) }),
        learner({ name: 'Waiting', lesson: null, step: null, timeOnStepMs: 0 }),
        learner({ name: 'Stuck', stuckSince: minutesAgo(1), stuckReason: 'no-progress' }),
      ],
      { now },
    );
    expect(board.map((card) => `${card.name}:${card.status}`)).toEqual([
      'Stuck:stuck',
      'Quiet:offline',
      'Slow:working',
      'Quick:working',
      'Waiting:not-started',
      'Done:finished',
    ]);
  });
});
