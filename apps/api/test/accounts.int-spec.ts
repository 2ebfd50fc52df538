import { getConnectionToken } from '@nestjs/mongoose';
import { type Connection } from 'mongoose';
import { hashToken } from '../src/modules/sessions/session-token';
import { ApiHarness } from './support/api-harness';
import { Caller, codeOf, reasonOf } from './support/caller';
import {
  aPassword,
  aSelfPacedLearner,
  aTrainer,
  signInWithPassword,
  theFirstAdmin,
} from './support/factories';

const ME = `query { me { id name email roles } }`;
const SIGN_UP = `mutation ($input: NewAccountInput!) { signUp(input: $input) { id roles } }`;
const SIGN_OUT = `mutation { signOut }`;
const SIGN_OUT_EVERYWHERE = `mutation { signOutEverywhere }`;
const CHANGE_PASSWORD = `mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const CREATE_FIRST_ADMIN = `mutation ($input: NewAccountInput!) { createFirstAdmin(input: $input) { id } }`;
const SET_OPEN_SIGN_UP = `mutation ($open: Boolean!) { setOpenSignUp(open: $open) }`;
const RESET_LINK = `mutation ($userId: ID!) { createPasswordResetLink(userId: $userId) { url expiresAt emailed } }`;
const RESET = `mutation ($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }`;
const INVITE = `mutation ($email: String!) { inviteTrainer(email: $email) { url } }`;
const ACCEPT = `mutation ($token: String!, $name: String!, $password: String!) { acceptInvitation(token: $token, name: $name, password: $password) { id roles } }`;

describe('staff accounts and sessions over GraphQL', () => {
  const harness = new ApiHarness();
  let url: string;

  beforeAll(async () => {
    url = (await harness.start()).url;
  });
  afterAll(async () => {
    await harness.dispose();
  });

  it('signs a self-paced learner up, in and out, with an httpOnly SameSite=Lax cookie', async () => {
    const learner = await aSelfPacedLearner(url);
    const me = await learner.caller.ok<{ me: { roles: string[] } }>(ME);
    expect(me.me.roles).toEqual(['learner']);
    const { caller, reply } = await signInWithPassword(url, learner.email.toUpperCase(), learner.password);
    expect(reply.errors).toBeUndefined();
    expect(reply.setCookie).toMatch(/punte_session=[\w-]{43}; Max-Age=7200; Path=\/; HttpOnly; SameSite=Lax/);
    expect(await caller.graphql(SIGN_OUT)).toMatchObject({ data: { signOut: true } });
    expect(caller.cookie).toBeNull();
    expect((await caller.ok<{ me: null }>(ME)).me).toBeNull();
  });

  it('gives one calm answer for a wrong password and for an unknown e-mail', async () => {
    const learner = await aSelfPacedLearner(url);
    const wrong = await signInWithPassword(url, learner.email, 'not the password at all');
    const unknown = await signInWithPassword(url, 'nobody-here@example.org', learner.password);
    expect(wrong.reply.errors?.[0]).toEqual(unknown.reply.errors?.[0]);
    expect(codeOf(wrong.reply)).toBe('UNAUTHENTICATED');
    expect(reasonOf(wrong.reply)).toBe('WRONG_CREDENTIALS');
    expect(wrong.reply.data).toBeNull();
  });

  it('keeps staff signed in for 12 hours, 30 days when asked', async () => {
    const trainer = await aTrainer(url);
    const short = await signInWithPassword(url, trainer.email, trainer.password);
    expect(short.reply.setCookie).toContain('Max-Age=43200');
    const long = await signInWithPassword(url, trainer.email, trainer.password, true);
    expect(long.reply.setCookie).toContain(`Max-Age=${30 * 24 * 3600}`);
  });

  it('refuses short and common passwords and taken e-mails, naming the reason', async () => {
    const caller = new Caller(url);
    await theFirstAdmin(url);
    const short = await caller.graphql(SIGN_UP, {
      input: { name: 'Ion', email: 'ion@example.org', password: 'short' },
    });
    expect(reasonOf(short)).toBe('PASSWORD_TOO_SHORT');
    const common = await caller.graphql(SIGN_UP, {
      input: { name: 'Ion', email: 'ion@example.org', password: 'password123' },
    });
    expect(reasonOf(common)).toBe('PASSWORD_COMMON');
    const learner = await aSelfPacedLearner(url);
    const taken = await caller.graphql(SIGN_UP, {
      input: { name: 'Ion', email: learner.email, password: aPassword() },
    });
    expect(reasonOf(taken)).toBe('EMAIL_TAKEN');
  });

  it('never lets an object or operator through where a string is expected', async () => {
    const caller = new Caller(url);
    const reply = await caller.graphql(`mutation ($input: SignInInput!) { signIn(input: $input) { id } }`, {
      input: { email: { $gt: '' }, password: { $ne: null } },
    });
    expect(codeOf(reply)).toBe('BAD_USER_INPUT');
    const long = await caller.graphql(`mutation ($input: SignInInput!) { signIn(input: $input) { id } }`, {
      input: { email: `${'a'.repeat(100_000)}@example.org`, password: '\u0000\u0001'.repeat(1000) },
    });
    expect(reasonOf(long)).toBe('WRONG_CREDENTIALS');
  });

  it('ends the other sessions when the password changes, and all of them on sign-out everywhere', async () => {
    const trainer = await aTrainer(url);
    const other = await signInWithPassword(url, trainer.email, trainer.password);
    const newPassword = aPassword();
    const changed = await trainer.caller.ok<{ changePassword: number }>(CHANGE_PASSWORD, {
      c: trainer.password,
      n: newPassword,
    });
    expect(changed.changePassword).toBe(1);
    expect((await other.caller.ok<{ me: null }>(ME)).me).toBeNull();
    expect((await trainer.caller.ok<{ me: { id: string } }>(ME)).me?.id).toBe(trainer.id);
    const third = await signInWithPassword(url, trainer.email, newPassword);
    expect(
      (await third.caller.ok<{ signOutEverywhere: number }>(SIGN_OUT_EVERYWHERE)).signOutEverywhere,
    ).toBe(2);
    expect((await trainer.caller.ok<{ me: null }>(ME)).me).toBeNull();
  });

  it('refuses sign-up once an admin switches it off, and admits again when switched on', async () => {
    const admin = await theFirstAdmin(url);
    await admin.caller.ok(SET_OPEN_SIGN_UP, { open: false });
    try {
      const refused = await new Caller(url).graphql(SIGN_UP, {
        input: { name: 'Closed', email: 'closed@example.org', password: aPassword() },
      });
      expect(reasonOf(refused)).toBe('SIGN_UP_CLOSED');
    } finally {
      await admin.caller.ok(SET_OPEN_SIGN_UP, { open: true });
    }
    const open = await new Caller(url).graphql(SIGN_UP, {
      input: { name: 'Open', email: 'open@example.org', password: aPassword() },
    });
    expect(open.errors).toBeUndefined();
  });

  it('resets a password with a one-use 24-hour link that ends every session', async () => {
    const admin = await theFirstAdmin(url);
    const learner = await aSelfPacedLearner(url);
    const before = Date.now();
    const { createPasswordResetLink: link } = await admin.caller.ok<{
      createPasswordResetLink: { url: string; expiresAt: string; emailed: boolean };
    }>(RESET_LINK, { userId: learner.id });
    expect(link.emailed).toBe(false);
    expect(link.url).toMatch(/\/sign-in\/reset\/[\w-]{43}$/);
    expect(new Date(link.expiresAt).getTime() - before).toBeGreaterThan(23.9 * 3600 * 1000);
    expect(new Date(link.expiresAt).getTime() - before).toBeLessThanOrEqual(24 * 3600 * 1000 + 5000);
    const token = link.url.split('/').pop();
    const password = aPassword();
    expect(await new Caller(url).ok(RESET, { token, password })).toEqual({ resetPassword: true });
    expect((await learner.caller.ok<{ me: null }>(ME)).me).toBeNull();
    const reused = await new Caller(url).graphql(RESET, { token, password: aPassword() });
    expect(reasonOf(reused)).toBe('LINK_INVALID');
    expect((await signInWithPassword(url, learner.email, password)).reply.errors).toBeUndefined();
  });

  it('refuses a reset link once its 24 hours are over, changing nothing', async () => {
    const admin = await theFirstAdmin(url);
    const learner = await aSelfPacedLearner(url);
    const { createPasswordResetLink: link } = await admin.caller.ok<{
      createPasswordResetLink: { url: string };
    }>(RESET_LINK, { userId: learner.id });
    const token = link.url.split('/').pop()!;
    // The clock is the database's: an expiry in the past is what a day and a minute leave behind.
    await harness
      .api!.app.get<Connection>(getConnectionToken())
      .collection('account_links')
      .updateOne({ tokenHash: hashToken(token) }, { $set: { expiresAt: new Date(Date.now() - 60_000) } });
    const late = await new Caller(url).graphql(RESET, { token, password: aPassword() });
    expect(reasonOf(late)).toBe('LINK_INVALID');
    expect((await learner.caller.ok<{ me: { id: string } }>(ME)).me.id).toBe(learner.id);
    expect((await signInWithPassword(url, learner.email, learner.password)).reply.errors).toBeUndefined();
  });

  it('invites a trainer with a one-use link', async () => {
    const admin = await theFirstAdmin(url);
    const { inviteTrainer } = await admin.caller.ok<{ inviteTrainer: { url: string } }>(INVITE, {
      email: 'new.trainer@example.org',
    });
    const token = inviteTrainer.url.split('/').pop();
    const invited = new Caller(url);
    expect(await invited.ok(`query ($t: String!) { invitationEmail(token: $t) }`, { t: token })).toEqual({
      invitationEmail: 'new.trainer@example.org',
    });
    const accepted = await invited.ok<{ acceptInvitation: { roles: string[] } }>(ACCEPT, {
      token,
      name: 'Nina',
      password: aPassword(),
    });
    expect(accepted.acceptInvitation.roles).toEqual(['trainer', 'learner']);
    const again = await new Caller(url).graphql(ACCEPT, { token, name: 'Eve', password: aPassword() });
    expect(reasonOf(again)).toBe('LINK_INVALID');
    const bogus = await new Caller(url).graphql(ACCEPT, {
      token: 'x'.repeat(43),
      name: 'Eve',
      password: aPassword(),
    });
    expect(reasonOf(bogus)).toBe('LINK_INVALID');
  });
});

// Its own API: the race needs a database where no administrator exists yet.
describe('the first administrator', () => {
  const harness = new ApiHarness();
  let url: string;

  beforeAll(async () => {
    url = (await harness.start()).url;
  });
  afterAll(async () => {
    await harness.dispose();
  });

  it('creates exactly one first administrator when several attempts race', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        new Caller(url).graphql<{ createFirstAdmin: { id: string } }>(CREATE_FIRST_ADMIN, {
          input: { name: `Racer ${'abcdef'[i]}`, email: `racer${i}@example.org`, password: aPassword() },
        }),
      ),
    );
    const winners = attempts.filter((reply) => reply.data?.createFirstAdmin);
    const refused = attempts.filter((reply) => reasonOf(reply) === 'SETUP_DONE');
    expect(winners).toHaveLength(1);
    expect(refused).toHaveLength(5);
    const status = await new Caller(url).ok<{ setupStatus: { needsFirstAdmin: boolean } }>(
      `{ setupStatus { needsFirstAdmin } }`,
    );
    expect(status.setupStatus.needsFirstAdmin).toBe(false);
    const again = await new Caller(url).graphql(CREATE_FIRST_ADMIN, {
      input: { name: 'Late', email: 'late@example.org', password: aPassword() },
    });
    expect(reasonOf(again)).toBe('SETUP_DONE');
  });
});
