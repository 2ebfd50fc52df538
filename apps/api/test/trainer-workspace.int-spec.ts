import { getModelToken } from '@nestjs/mongoose';
import { type Model } from 'mongoose';
import { LessonProgressRecord } from '../src/modules/progress/progress.schema';
import { RECORD } from './player/operations';
import { ApiHarness } from './support/api-harness';
import { Caller, codeOf, reasonOf } from './support/caller';
import {
  aGroup,
  aLearner,
  aPlanInput,
  aPlannedGroup,
  aSchedule,
  aTrainer,
  anAdmin,
} from './support/factories';

const CREATE = `mutation ($input: GroupPlanInput!) { createPlannedGroup(input: $input) { id joinCode capacity endsAt closed canManage plan { language courseSlugs place { library room } schedule { weekdays startTime } } } }`;
const UPDATE = `mutation ($groupId: ID!, $input: GroupPlanInput!) { updateGroupPlan(groupId: $groupId, input: $input) { id name capacity closed coTrainers { id name email } plan { coTrainerIds } } }`;
const GROUP = `query ($id: ID!) { group(id: $id) { id name canManage closed archivedAt memberCount coTrainers { email } } }`;
const MY_GROUPS = `query ($all: Boolean!) { myGroups(includeArchived: $all) { id } }`;
const ARCHIVE = `mutation ($groupId: ID!, $archived: Boolean!) { archiveGroup(groupId: $groupId, archived: $archived) { id archivedAt closed } }`;
const JOIN = `mutation ($input: JoinGroupInput!) { joinGroup(input: $input) { id } }`;
const MEMBERS = `query ($groupId: ID!) { groupMembers(groupId: $groupId) { id name } }`;
const MOVE = `mutation ($learnerId: ID!, $toGroupId: ID!) { moveLearner(learnerId: $learnerId, toGroupId: $toGroupId) { id name } }`;
const REMOVE = `mutation ($learnerId: ID!) { removeLearner(learnerId: $learnerId) }`;

type Fields = { field: string; problem: string; max?: number }[];
const fieldsOf = (reply: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (reply.errors?.[0]?.extensions?.fields as Fields | undefined) ?? [];

const join = (code: string, firstName: string) =>
  new Caller(url()).graphql(JOIN, { input: { code, firstName, pin: '2580', pinRepeat: '2580' } });

const harness = new ApiHarness();
const url = () => harness.api!.url;

beforeAll(() => harness.start());
afterAll(() => harness.dispose());

describe("a group's plan over GraphQL", () => {
  it('creates a group with its plan, its sessions and an end at the last session', async () => {
    const trainer = await aTrainer(url());
    const { createPlannedGroup } = await trainer.caller.ok<{ createPlannedGroup: Record<string, unknown> }>(
      CREATE,
      { input: aPlanInput({ schedule: aSchedule({ weekdays: [2, 4] }) }) },
    );
    expect(createPlannedGroup).toMatchObject({
      capacity: 10,
      closed: false,
      canManage: true,
      plan: {
        language: 'ro',
        courseSlugs: ['first-steps'],
        place: { library: 'Biblioteca „Onisifor Ghibu”', room: 'Sala 2' },
        schedule: { weekdays: [2, 4], startTime: '10:00' },
      },
    });
    expect(new Date(createPlannedGroup.endsAt as string).getTime()).toBeGreaterThan(Date.now());
    const { groupSessions } = await trainer.caller.ok<{ groupSessions: { date: string }[] }>(
      `query ($groupId: ID!) { groupSessions(groupId: $groupId) { date } }`,
      { groupId: createPlannedGroup.id },
    );
    // Six weeks of Tuesdays and Thursdays (ISO 2 and 4; getUTCDay counts Sunday as 0).
    expect(groupSessions.length).toBeGreaterThanOrEqual(12);
    expect(new Set(groupSessions.map((s) => new Date(`${s.date}T12:00:00Z`).getUTCDay()))).toEqual(
      new Set([2, 4]),
    );
  });

  it('refuses an end before the start, a capacity of 0 or 500 and a 10,000-character name, naming each field', async () => {
    const trainer = await aTrainer(url());
    const before = await trainer.caller.ok<{ myGroups: unknown[] }>(MY_GROUPS, { all: true });
    const bad = await trainer.caller.graphql(CREATE, {
      input: aPlanInput({
        name: 'x'.repeat(10_000),
        capacity: 500,
        schedule: aSchedule({ startTime: '11:30', endTime: '10:00' }),
      }),
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual([
      expect.objectContaining({ field: 'name', problem: 'too-big' }),
      expect.objectContaining({ field: 'capacity', problem: 'out-of-range', max: 50 }),
      expect.objectContaining({ field: 'schedule.endTime', problem: 'end-not-after-start' }),
    ]);
    const empty = await trainer.caller.graphql(CREATE, { input: aPlanInput({ capacity: 0 }) });
    expect(fieldsOf(empty)).toEqual([
      expect.objectContaining({ field: 'capacity', problem: 'out-of-range' }),
    ]);
    const backwards = await trainer.caller.graphql(CREATE, {
      input: aPlanInput({ schedule: aSchedule({ firstDate: '2027-05-10', lastDate: '2027-05-01' }) }),
    });
    expect(fieldsOf(backwards)).toEqual([expect.objectContaining({ field: 'schedule.lastDate' })]);
    // Nothing was stored for any of them.
    expect((await trainer.caller.ok<{ myGroups: unknown[] }>(MY_GROUPS, { all: true })).myGroups).toEqual(
      before.myGroups,
    );
  });

  it('adds co-trainers by e-mail or id: they see the group but may not change it', async () => {
    const trainer = await aTrainer(url());
    const [vera, ion] = [await aTrainer(url(), 'Vera Volunteer'), await aTrainer(url(), 'Ion Volunteer')];
    const group = await aPlannedGroup(url(), { trainer });
    const { updateGroupPlan } = await trainer.caller.ok<{
      updateGroupPlan: { coTrainers: { id: string; email: string }[] };
    }>(UPDATE, {
      groupId: group.id,
      input: aPlanInput({ coTrainers: [vera.email.toUpperCase(), ion.id] }),
    });
    expect(updateGroupPlan.coTrainers.map((c) => c.id).sort()).toEqual([vera.id, ion.id].sort());

    const seen = await vera.caller.ok<{ group: { canManage: boolean } }>(GROUP, { id: group.id });
    expect(seen.group.canManage).toBe(false);
    const mine = await vera.caller.ok<{ myGroups: { id: string }[] }>(MY_GROUPS, { all: false });
    expect(mine.myGroups.map((g) => g.id)).toContain(group.id);
    const change = await vera.caller.graphql(UPDATE, { groupId: group.id, input: aPlanInput() });
    expect(codeOf(change)).toBe('FORBIDDEN');

    const unknown = await trainer.caller.graphql(UPDATE, {
      groupId: group.id,
      input: aPlanInput({ coTrainers: [vera.email, 'nobody@example.org'] }),
    });
    expect(fieldsOf(unknown)).toEqual([
      expect.objectContaining({ field: 'coTrainers.1', problem: 'unknown-trainer' }),
    ]);
  });

  it('lets an admin see and change any group', async () => {
    const admin = await anAdmin(url());
    const group = await aPlannedGroup(url());
    const seen = await admin.caller.ok<{ group: { canManage: boolean } }>(GROUP, { id: group.id });
    expect(seen.group.canManage).toBe(true);
  });

  it('refuses a capacity below the learners already in the group', async () => {
    const group = await aPlannedGroup(url());
    await aLearner(url(), { group, firstName: 'Ana' });
    await aLearner(url(), { group, firstName: 'Ion' });
    const reply = await group.trainer.caller.graphql(UPDATE, {
      groupId: group.id,
      input: aPlanInput({ capacity: 1 }),
    });
    expect(fieldsOf(reply)).toEqual([
      expect.objectContaining({ field: 'capacity', problem: 'below-members', limit: 2 }),
    ]);
  });
});

describe('joining: full, ended and archived groups refuse with a reason', () => {
  it('refuses the learner past the capacity', async () => {
    const group = await aPlannedGroup(url(), { input: { capacity: 1 } });
    expect((await join(group.joinCode, 'Ana')).errors).toBeUndefined();
    const full = await join(group.joinCode, 'Ion');
    expect([codeOf(full), reasonOf(full)]).toEqual(['BAD_USER_INPUT', 'GROUP_FULL']);
  });

  it('refuses joining an archived group, and admits again once it is restored', async () => {
    const group = await aPlannedGroup(url());
    const archived = await group.trainer.caller.ok<{ archiveGroup: { closed: boolean; archivedAt: string } }>(
      ARCHIVE,
      { groupId: group.id, archived: true },
    );
    expect(archived.archiveGroup.closed).toBe(true);
    expect(reasonOf(await join(group.joinCode, 'Ana'))).toBe('GROUP_ARCHIVED');
    const list = await group.trainer.caller.ok<{ myGroups: { id: string }[] }>(MY_GROUPS, { all: false });
    expect(list.myGroups.map((g) => g.id)).not.toContain(group.id);
    const all = await group.trainer.caller.ok<{ myGroups: { id: string }[] }>(MY_GROUPS, { all: true });
    expect(all.myGroups.map((g) => g.id)).toContain(group.id);
    await group.trainer.caller.ok(ARCHIVE, { groupId: group.id, archived: false });
    expect((await join(group.joinCode, 'Ana')).errors).toBeUndefined();
  });

  it('refuses joining a group whose last session is over', async () => {
    const group = await aPlannedGroup(url());
    await group.trainer.caller.ok(UPDATE, {
      groupId: group.id,
      input: aPlanInput({ schedule: aSchedule({ firstDate: '2025-03-04', lastDate: '2025-04-10' }) }),
    });
    expect(reasonOf(await join(group.joinCode, 'Ana'))).toBe('GROUP_ENDED');
  });
});

describe("moving and removing a group's learners", () => {
  it('moves a learner to another of the trainer’s groups, seats following', async () => {
    const trainer = await aTrainer(url());
    const from = await aPlannedGroup(url(), { trainer });
    const to = await aPlannedGroup(url(), { trainer });
    const ana = await aLearner(url(), { group: from, firstName: 'Ana' });
    const moved = await trainer.caller.ok<{ moveLearner: { id: string } }>(MOVE, {
      learnerId: ana.id,
      toGroupId: to.id,
    });
    expect(moved.moveLearner.id).toBe(ana.id);
    const members = async (groupId: string) =>
      (await trainer.caller.ok<{ groupMembers: { name: string }[] }>(MEMBERS, { groupId })).groupMembers;
    expect(await members(from.id)).toEqual([]);
    expect((await members(to.id)).map((m) => m.name)).toEqual(['Ana']);
    const counts = async (id: string) =>
      (await trainer.caller.ok<{ group: { memberCount: number } }>(GROUP, { id })).group.memberCount;
    expect([await counts(from.id), await counts(to.id)]).toEqual([0, 1]);
    // The learner signs in with the new group's code and the same PIN.
    const signIn = await new Caller(url()).graphql(
      `mutation ($code: String!, $id: ID!) { learnerSignIn(code: $code, learnerId: $id, pin: "2580") { id } }`,
      { code: to.joinCode, id: ana.id },
    );
    expect(signIn.errors).toBeUndefined();
  });

  it('refuses moving into a full group or into a group of another trainer', async () => {
    const trainer = await aTrainer(url());
    const from = await aPlannedGroup(url(), { trainer });
    const full = await aPlannedGroup(url(), { trainer, input: { capacity: 1 } });
    await aLearner(url(), { group: full, firstName: 'Olga' });
    const ana = await aLearner(url(), { group: from, firstName: 'Ana' });
    const intoFull = await trainer.caller.graphql(MOVE, { learnerId: ana.id, toGroupId: full.id });
    expect(reasonOf(intoFull)).toBe('GROUP_FULL');
    const elsewhere = await aGroup(url());
    expect(codeOf(await trainer.caller.graphql(MOVE, { learnerId: ana.id, toGroupId: elsewhere.id }))).toBe(
      'FORBIDDEN',
    );
  });

  it('removes a learner: out of the members, seat freed, no more sign-in; account and progress stay', async () => {
    const group = await aPlannedGroup(url(), { input: { capacity: 1 } });
    const ana = await aLearner(url(), { group, firstName: 'Ana' });
    await ana.caller.ok(RECORD, {
      input: {
        courseSlug: 'first-steps',
        lessonId: 'the-mouse',
        locale: 'ro',
        events: [{ id: 'removed-learner-01', at: Date.now(), type: 'step.next' }],
      },
    });
    await group.trainer.caller.ok(REMOVE, { learnerId: ana.id });
    const { groupMembers } = await group.trainer.caller.ok<{ groupMembers: unknown[] }>(MEMBERS, {
      groupId: group.id,
    });
    expect(groupMembers).toEqual([]);
    expect((await ana.caller.ok<{ me: unknown }>(`{ me { id } }`)).me).toBeNull();
    const progress = harness.api!.app.get<Model<LessonProgressRecord>>(
      getModelToken(LessonProgressRecord.name),
    );
    expect(await progress.countDocuments({ learnerId: ana.id })).toBe(1);
    // Pressed twice: refused the second time, the seat freed once.
    expect(codeOf(await group.trainer.caller.graphql(REMOVE, { learnerId: ana.id }))).toBe('NOT_FOUND');
    const { group: after } = await group.trainer.caller.ok<{ group: { memberCount: number } }>(GROUP, {
      id: group.id,
    });
    expect(after.memberCount).toBe(0);
    // The name and the seat are free again for someone new.
    expect((await join(group.joinCode, 'Ana')).errors).toBeUndefined();
  });
});
