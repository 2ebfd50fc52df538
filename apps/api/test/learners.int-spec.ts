import { ApiHarness } from './support/api-harness';
import { Caller, codeOf, reasonOf } from './support/caller';
import { aGroup, aLearner, aTrainer } from './support/factories';

const ME = `query { me { id name roles groupId } }`;
const JOIN = `mutation ($input: JoinGroupInput!) { joinGroup(input: $input) { id name } }`;
const ROSTER = `query ($code: String!) { groupRoster(code: $code) { groupName admitting members { id name } } }`;
const PIN_SIGN_IN = `mutation ($code: String!, $learnerId: ID!, $pin: String!) { learnerSignIn(code: $code, learnerId: $learnerId, pin: $pin) { id name } }`;
const MEMBERS = `query ($groupId: ID!) { groupMembers(groupId: $groupId) { id name lockedUntil } }`;
const UNLOCK = `mutation ($learnerId: ID!) { unlockLearner(learnerId: $learnerId) }`;
const RESET_PIN = `mutation ($learnerId: ID!, $pin: String!) { resetLearnerPin(learnerId: $learnerId, pin: $pin) }`;
const REGENERATE = `mutation ($groupId: ID!) { regenerateJoinCode(groupId: $groupId) { joinCode joinPath } }`;

const join = (caller: Caller, code: string, firstName: string, extra: Record<string, unknown> = {}) =>
  caller.graphql<{ joinGroup: { id: string; name: string } }>(JOIN, {
    input: { code, firstName, pin: '1357', pinRepeat: '1357', ...extra },
  });

describe('learners without e-mail: joining a group and signing in with name and PIN', () => {
  const harness = new ApiHarness();
  let url: string;

  beforeAll(async () => {
    url = (await harness.start()).url;
  });
  afterAll(async () => {
    await harness.dispose();
  });

  it('joins with the code, a first name and a PIN typed twice, and is signed in as a learner', async () => {
    const group = await aGroup(url);
    const caller = new Caller(url);
    const joined = await join(caller, group.joinCode.toLowerCase(), 'Elena');
    expect(joined.data?.joinGroup.name).toBe('Elena');
    const me = await caller.ok<{ me: { roles: string[]; groupId: string } }>(ME);
    expect(me.me).toMatchObject({ roles: ['learner'], groupId: group.id });
    expect(joined.setCookie).toContain('Max-Age=7200');
  });

  it('asks for a last initial when the first name is taken, then tells the two apart', async () => {
    const group = await aGroup(url);
    await aLearner(url, { group, firstName: 'Ion' });
    const second = await join(new Caller(url), group.joinCode, 'ion');
    expect(reasonOf(second)).toBe('NAME_TAKEN');
    const withInitial = await join(new Caller(url), group.joinCode, 'Ion', { lastInitial: 'p' });
    expect(withInitial.data?.joinGroup.name).toBe('Ion P.');
    const third = await join(new Caller(url), group.joinCode, 'Ion', { lastInitial: 'P' });
    expect(reasonOf(third)).toBe('NAME_TAKEN_WITH_INITIAL');
  });

  it('refuses PINs that are not 4 digits or differ when typed twice', async () => {
    const group = await aGroup(url);
    expect(
      reasonOf(await join(new Caller(url), group.joinCode, 'Ana', { pin: '12a4', pinRepeat: '12a4' })),
    ).toBe('PIN_INVALID');
    expect(
      reasonOf(await join(new Caller(url), group.joinCode, 'Ana', { pin: '1234', pinRepeat: '1243' })),
    ).toBe('PIN_MISMATCH');
  });

  it('names a malformed and an unknown code clearly, changing nothing', async () => {
    expect(reasonOf(await join(new Caller(url), 'O0O0-1I1I', 'Ana'))).toBe('JOIN_CODE_MALFORMED');
    expect(reasonOf(await join(new Caller(url), 'ZZZZZZZZ', 'Ana'))).toBe('JOIN_CODE_UNKNOWN');
    expect(reasonOf(await new Caller(url).graphql(ROSTER, { code: '{"$ne":1}' }))).toBe(
      'JOIN_CODE_MALFORMED',
    );
  });

  it('signs a learner in by picking their name from the roster and typing the PIN', async () => {
    const learner = await aLearner(url, { firstName: 'Vasile', pin: '4826' });
    const roster = await new Caller(url).ok<{ groupRoster: { members: { id: string; name: string }[] } }>(
      ROSTER,
      {
        code: learner.group.joinCode,
      },
    );
    expect(roster.groupRoster.members).toEqual([{ id: learner.id, name: 'Vasile' }]);
    const caller = new Caller(url);
    const signedIn = await caller.graphql(PIN_SIGN_IN, {
      code: learner.group.joinCode,
      learnerId: learner.id,
      pin: '4826',
    });
    expect(signedIn.errors).toBeUndefined();
    expect((await caller.ok<{ me: { id: string } }>(ME)).me.id).toBe(learner.id);
  });

  it('answers a wrong PIN, an unknown learner and another group’s learner alike, for 2 idle hours', async () => {
    const learner = await aLearner(url, { pin: '3690' });
    const stranger = await aLearner(url, { pin: '3690' });
    const attempt = (learnerId: string, pin: string) =>
      new Caller(url).graphql(PIN_SIGN_IN, { code: learner.group.joinCode, learnerId, pin });
    const wrongPin = await attempt(learner.id, '0000');
    const unknown = await attempt('0123456789abcdef01234567', '3690');
    const otherGroup = await attempt(stranger.id, '3690');
    const notAnId = await attempt('x'.repeat(24), '3690');
    expect(reasonOf(wrongPin)).toBe('WRONG_CREDENTIALS');
    for (const reply of [unknown, otherGroup, notAnId]) {
      expect(reply.errors?.[0]).toEqual(wrongPin.errors?.[0]);
      expect(reply.data ?? null).toBeNull();
    }
    const right = await attempt(learner.id, '3690');
    expect(right.setCookie).toMatch(/Max-Age=7200;/);
  });

  it('locks a learner after 5 wrong PINs for 15 minutes, until the trainer unlocks them', async () => {
    const learner = await aLearner(url, { pin: '1111' });
    const caller = new Caller(url);
    const attempt = (pin: string) =>
      caller.graphql(PIN_SIGN_IN, { code: learner.group.joinCode, learnerId: learner.id, pin });
    for (let i = 0; i < 4; i++) expect(reasonOf(await attempt('9999'))).toBe('WRONG_CREDENTIALS');
    const fifth = await attempt('9999');
    expect(codeOf(fifth)).toBe('RATE_LIMITED');
    expect(fifth.errors?.[0].extensions?.retryAfterSeconds).toBe(900);
    const right = await attempt('1111');
    expect(codeOf(right)).toBe('RATE_LIMITED');
    const members = await learner.group.trainer.caller.ok<{
      groupMembers: { id: string; lockedUntil: string | null }[];
    }>(MEMBERS, { groupId: learner.group.id });
    expect(members.groupMembers.find((m) => m.id === learner.id)?.lockedUntil).not.toBeNull();
    await learner.group.trainer.caller.ok(UNLOCK, { learnerId: learner.id });
    expect((await attempt('1111')).errors).toBeUndefined();
  });

  it('lets the trainer set a new PIN, which ends the learner’s sessions', async () => {
    const learner = await aLearner(url, { pin: '1212' });
    await learner.group.trainer.caller.ok(RESET_PIN, { learnerId: learner.id, pin: '3434' });
    expect((await learner.caller.ok<{ me: null }>(ME)).me).toBeNull();
    const caller = new Caller(url);
    expect(
      reasonOf(
        await caller.graphql(PIN_SIGN_IN, {
          code: learner.group.joinCode,
          learnerId: learner.id,
          pin: '1212',
        }),
      ),
    ).toBe('WRONG_CREDENTIALS');
    expect(
      (
        await caller.graphql(PIN_SIGN_IN, {
          code: learner.group.joinCode,
          learnerId: learner.id,
          pin: '3434',
        })
      ).errors,
    ).toBeUndefined();
  });

  it('refuses another trainer’s learners and groups', async () => {
    const learner = await aLearner(url);
    const stranger = await aTrainer(url);
    expect(codeOf(await stranger.caller.graphql(UNLOCK, { learnerId: learner.id }))).toBe('FORBIDDEN');
    expect(codeOf(await stranger.caller.graphql(RESET_PIN, { learnerId: learner.id, pin: '0000' }))).toBe(
      'FORBIDDEN',
    );
    const members = await stranger.caller.graphql(MEMBERS, { groupId: learner.group.id });
    expect(codeOf(members)).toBe('FORBIDDEN');
    expect(members.data).toBeNull();
  });

  it('retires the old code when the trainer makes a new one', async () => {
    const group = await aGroup(url);
    const { regenerateJoinCode } = await group.trainer.caller.ok<{
      regenerateJoinCode: { joinCode: string; joinPath: string };
    }>(REGENERATE, { groupId: group.id });
    expect(regenerateJoinCode.joinCode).not.toBe(group.joinCode);
    expect(regenerateJoinCode.joinPath).toBe(`/join/${regenerateJoinCode.joinCode}`);
    expect(reasonOf(await join(new Caller(url), group.joinCode, 'Olga'))).toBe('JOIN_CODE_UNKNOWN');
    expect((await join(new Caller(url), regenerateJoinCode.joinCode, 'Olga')).errors).toBeUndefined();
  });

  it('stops admitting when the group is full, even to learners joining at the same moment', async () => {
    const group = await aGroup(url, { capacity: 2 });
    const attempts = await Promise.all(
      ['Ana', 'Bianca', 'Carmen', 'Dana'].map((name) => join(new Caller(url), group.joinCode, name)),
    );
    expect(attempts.filter((reply) => reply.data?.joinGroup)).toHaveLength(2);
    expect(attempts.filter((reply) => reasonOf(reply) === 'GROUP_FULL')).toHaveLength(2);
    const roster = await new Caller(url).ok<{ groupRoster: { admitting: boolean; members: unknown[] } }>(
      ROSTER,
      { code: group.joinCode },
    );
    expect(roster.groupRoster).toMatchObject({ admitting: false });
    expect(roster.groupRoster.members).toHaveLength(2);
  });

  it('stops admitting when the group has ended', async () => {
    const group = await aGroup(url, { endsAt: new Date(Date.now() + 1500) });
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect(reasonOf(await join(new Caller(url), group.joinCode, 'Tardy'))).toBe('GROUP_ENDED');
  });
});
