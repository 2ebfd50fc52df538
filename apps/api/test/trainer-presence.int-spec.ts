import { getModelToken } from '@nestjs/mongoose';
import { type Model } from 'mongoose';
import { PresenceRecord } from '../src/modules/presence/presence.schema';
import { LessonProgressRecord } from '../src/modules/progress/progress.schema';
import { RECORD } from './player/operations';
import { ApiHarness } from './support/api-harness';
import { aLearner, aPlannedGroup, type GroupLearner, type TestGroup } from './support/factories';

const LIVE = `query ($groupId: ID!) { groupLive(groupId: $groupId, locale: en) { cards { learnerId status unsynced } } }`;
const PRESENCE = `mutation ($input: PresenceInput!) { reportPresence(input: $input) }`;

type Card = { learnerId: string; status: string; unsynced: boolean };

let n = 0;
const event = (type: string, fields: Record<string, unknown> = {}) => ({
  id: `presence-${Date.now().toString(36)}-${n++}`,
  at: Date.now(),
  type,
  ...fields,
});
const step = () => event('step.next');
// Accepted on the lesson's second step (a wrong answer counts as an attempt), so the batch changes state.
const wrongAnswer = () =>
  event('answer.submit', { questionId: 'left-button', answer: { kind: 'true_false', truth: false } });

describe('"offline, not yet synced" on the live card, from the browser\'s presence reports', () => {
  const harness = new ApiHarness();
  let group: TestGroup;
  let ana: GroupLearner;
  let presence: Model<PresenceRecord>;

  const cardOf = async (learner: GroupLearner): Promise<Card> => {
    const { groupLive } = await group.trainer.caller.ok<{ groupLive: { cards: Card[] } }>(LIVE, {
      groupId: group.id,
    });
    return groupLive.cards.find((c) => c.learnerId === learner.id)!;
  };
  const report = (learner: GroupLearner, pendingEvents: number, lessonOpen = true) =>
    learner.caller.graphql(PRESENCE, {
      input: { pendingEvents, lessonOpen, lastOnlineAt: new Date().toISOString() },
    });
  /** As if the report had come this many seconds ago (the test cannot wait a minute). */
  const age = (learner: GroupLearner, seconds: number) =>
    presence
      .updateOne({ learnerId: learner.id }, { $set: { contactAt: new Date(Date.now() - seconds * 1000) } })
      .exec();
  const ageProgress = (learner: GroupLearner, seconds: number) =>
    harness
      .api!.app.get<Model<LessonProgressRecord>>(getModelToken(LessonProgressRecord.name))
      .updateMany(
        { learnerId: learner.id },
        { $set: { lastActivityAt: new Date(Date.now() - seconds * 1000) } },
      )
      .exec();
  const recordStep = (learner: GroupLearner, e = step()) =>
    learner.caller.ok(RECORD, {
      input: { courseSlug: 'first-steps', lessonId: 'the-mouse', locale: 'ro', events: [e] },
    });

  beforeAll(async () => {
    const api = await harness.start();
    presence = api.app.get<Model<PresenceRecord>>(getModelToken(PresenceRecord.name));
    group = await aPlannedGroup(api.url);
    ana = await aLearner(api.url, { group, firstName: 'Ana' });
    await recordStep(ana);
  });
  afterAll(() => harness.dispose());

  it('turns on when the browser held events and went quiet, and clears when the batch arrives', async () => {
    expect((await report(ana, 3)).data).toEqual({ reportPresence: true });
    expect(await cardOf(ana)).toMatchObject({ status: 'working', unsynced: true });
    // Quiet for two minutes, with three events still in the browser's queue.
    await age(ana, 120);
    // The progress batch before the report is older than the report: it does not clear the flag.
    await ageProgress(ana, 180);
    expect(await cardOf(ana)).toMatchObject({ status: 'offline', unsynced: true });
    // Back online: the batch arrives.
    await recordStep(ana, wrongAnswer());
    expect(await cardOf(ana)).toMatchObject({ status: 'working', unsynced: false });
  });

  it('turns on for a lesson left open mid-step once the heartbeat stops, off once it reports again', async () => {
    const ivan = await aLearner(harness.api!.url, { group, firstName: 'Ivan' });
    await recordStep(ivan);
    expect((await report(ivan, 0)).data).toEqual({ reportPresence: true });
    expect(await cardOf(ivan)).toMatchObject({ unsynced: false });
    await age(ivan, 90);
    await ageProgress(ivan, 100);
    expect(await cardOf(ivan)).toMatchObject({ status: 'offline', unsynced: true });
    expect((await report(ivan, 0)).data).toEqual({ reportPresence: true });
    expect(await cardOf(ivan)).toMatchObject({ status: 'working', unsynced: false });
  });

  it('takes at most one report every few seconds per learner, and refuses a bad count naming the field', async () => {
    const olga = await aLearner(harness.api!.url, { group, firstName: 'Olga' });
    expect((await report(olga, 1)).data).toEqual({ reportPresence: true });
    expect((await report(olga, 2)).data).toEqual({ reportPresence: false });
    const stored = await presence.findOne({ learnerId: olga.id }).lean().exec();
    expect(stored?.pendingEvents).toBe(1);
    const bad = await report(olga, -4);
    expect(bad.errors?.[0]?.message).toMatch(/pendingEvents/);
    const badDate = await olga.caller.graphql(PRESENCE, {
      input: { pendingEvents: 0, lessonOpen: true, lastOnlineAt: 'not a date' },
    });
    expect(badDate.errors?.[0]?.message).toMatch(/lastOnlineAt/);
  });
});
