import { ApiHarness } from './support/api-harness';
import { aLearner, aPlanInput, aPlannedGroup, aTrainer, theFirstAdmin } from './support/factories';

const AUDIT = `{ auditLog(limit: 200) { event actorName subjectName detail } }`;
const UPDATE = `mutation ($groupId: ID!, $input: GroupPlanInput!) { updateGroupPlan(groupId: $groupId, input: $input) { id } }`;
const ARCHIVE = `mutation ($groupId: ID!, $archived: Boolean!) { archiveGroup(groupId: $groupId, archived: $archived) { id } }`;
const MOVE = `mutation ($learnerId: ID!, $toGroupId: ID!) { moveLearner(learnerId: $learnerId, toGroupId: $toGroupId) { id } }`;
const REMOVE = `mutation ($learnerId: ID!) { removeLearner(learnerId: $learnerId) }`;

type Entry = { event: string; actorName: string | null; subjectName: string | null; detail: string };

const harness = new ApiHarness();
const url = () => harness.api!.url;

beforeAll(() => harness.start());
afterAll(() => harness.dispose());

describe("the audit log of a trainer's changes to a group", () => {
  it('records the plan saved, archive and restore, a learner moved and a learner removed, by whom', async () => {
    const trainer = await aTrainer(url(), 'Tudor Audit');
    const from = await aPlannedGroup(url(), { trainer });
    const to = await aPlannedGroup(url(), { trainer });
    const ana = await aLearner(url(), { group: from, firstName: 'Ana' });
    const ion = await aLearner(url(), { group: from, firstName: 'Ion' });

    await trainer.caller.ok(UPDATE, { groupId: from.id, input: aPlanInput({ name: 'Grupa de marți' }) });
    await trainer.caller.ok(ARCHIVE, { groupId: to.id, archived: true });
    await trainer.caller.ok(ARCHIVE, { groupId: to.id, archived: false });
    await trainer.caller.ok(MOVE, { learnerId: ana.id, toGroupId: to.id });
    await trainer.caller.ok(REMOVE, { learnerId: ion.id });
    // Pressed twice: the second removal changed nothing and is not logged again.
    await trainer.caller.graphql(REMOVE, { learnerId: ion.id });

    const admin = await theFirstAdmin(url());
    const { auditLog } = await admin.caller.ok<{ auditLog: Entry[] }>(AUDIT);
    const byTrainer = auditLog.filter((entry) => entry.actorName === 'Tudor Audit');
    const events = byTrainer.map((entry) => entry.event);
    expect(events).toEqual(
      expect.arrayContaining([
        'GROUP_PLAN_SAVED',
        'GROUP_ARCHIVED',
        'GROUP_RESTORED',
        'LEARNER_MOVED',
        'LEARNER_REMOVED',
      ]),
    );
    expect(events.filter((e) => e === 'LEARNER_REMOVED')).toHaveLength(1);
    const moved = byTrainer.find((entry) => entry.event === 'LEARNER_MOVED')!;
    expect(moved.subjectName).toBe('Ana');
    expect(moved.detail).toContain(to.id);
    expect(byTrainer.find((entry) => entry.event === 'LEARNER_REMOVED')!.subjectName).toBe('Ion');
    expect(byTrainer.find((entry) => entry.event === 'GROUP_PLAN_SAVED')!.detail).toContain(from.id);
  });
});
