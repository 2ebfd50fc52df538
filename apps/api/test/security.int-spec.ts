import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi, type RunningApi } from '../src/bootstrap';
import { loadConfig } from '../src/config/env';
import { ApiHarness, FIXTURE_CONTENT } from './support/api-harness';
import { Caller, codeOf } from './support/caller';
import { aLearner, aSelfPacedLearner, signInWithPassword, theFirstAdmin } from './support/factories';

const PIN_SIGN_IN = `mutation ($code: String!, $learnerId: ID!, $pin: String!) { learnerSignIn(code: $code, learnerId: $learnerId, pin: $pin) { id } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
const AUDIT = `{ auditLog(limit: 200) { event actorName subjectName ip detail } }`;

describe('throttling, audit log and GraphQL limits', () => {
  const harness = new ApiHarness();
  let url: string;

  beforeAll(async () => {
    url = (await harness.start()).url;
  });
  afterAll(async () => {
    await harness.dispose();
  });

  it('keeps a PIN lockout across an API restart (it lives in MongoDB)', async () => {
    const learner = await aLearner(url, { pin: '5555' });
    const caller = new Caller(url);
    for (let i = 0; i < 5; i++) {
      await caller.graphql(PIN_SIGN_IN, { code: learner.group.joinCode, learnerId: learner.id, pin: '0000' });
    }
    await harness.stop();
    url = (await harness.start()).url;
    const afterRestart = await new Caller(url, caller.ip).graphql(PIN_SIGN_IN, {
      code: learner.group.joinCode,
      learnerId: learner.id,
      pin: '5555',
    });
    expect(codeOf(afterRestart)).toBe('RATE_LIMITED');
    expect(afterRestart.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(800);
  });

  it('delays wrong passwords more and more, per account and whatever the address', async () => {
    const learner = await aSelfPacedLearner(url);
    const replies = [];
    // A new address each time: the limit follows the account, not the computer.
    for (let i = 0; i < 5; i++)
      replies.push((await signInWithPassword(url, learner.email, 'wrong password here')).reply);
    expect(replies.slice(0, 3).map(codeOf)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
    expect(codeOf(replies[3])).toBe('RATE_LIMITED');
    expect(replies[3].errors?.[0].extensions?.retryAfterSeconds).toBe(2);
    // Still locked: refused before the password is even checked.
    expect(codeOf(replies[4])).toBe('RATE_LIMITED');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const fifth = await signInWithPassword(url, learner.email, 'wrong password here');
    expect(fifth.reply.errors?.[0].extensions?.retryAfterSeconds).toBe(4);
  });

  it('limits one address guessing across many accounts, even for the right password afterwards', async () => {
    const learner = await aSelfPacedLearner(url);
    const ip = '10.250.250.250';
    const replies = [];
    // Different unknown accounts each time: no account limit is reached, only the address's.
    for (let i = 0; i < 60; i++)
      replies.push(
        await new Caller(url, ip).graphql(SIGN_IN, {
          input: { email: `guess${i}@example.org`, password: 'a guessed password' },
        }),
      );
    expect(replies.slice(0, 59).every((reply) => codeOf(reply) === 'UNAUTHENTICATED')).toBe(true);
    expect(codeOf(replies[59])).toBe('RATE_LIMITED');
    const fromThere = await new Caller(url, ip).graphql(SIGN_IN, {
      input: { email: learner.email, password: learner.password },
    });
    expect(codeOf(fromThere)).toBe('RATE_LIMITED');
    expect(fromThere.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(800);
    expect(fromThere.data ?? null).toBeNull();
    // Another computer is not held back by that one.
    expect((await signInWithPassword(url, learner.email, learner.password)).reply.errors).toBeUndefined();
  });

  it('records sign-ins, failures and lockouts in the audit log that only admins read', async () => {
    const learner = await aSelfPacedLearner(url, 'Audit Person');
    await signInWithPassword(url, learner.email, 'not this one at all');
    await signInWithPassword(url, learner.email, learner.password);
    const admin = await theFirstAdmin(url);
    const { auditLog } = await admin.caller.ok<{
      auditLog: { event: string; subjectName: string; ip: string }[];
    }>(AUDIT);
    const mine = auditLog.filter((entry) => entry.subjectName === 'Audit Person').map((entry) => entry.event);
    expect(mine).toEqual(expect.arrayContaining(['SIGNED_UP', 'SIGN_IN_FAILED', 'SIGN_IN_SUCCEEDED']));
    expect(auditLog.some((entry) => entry.event === 'LOCKED_OUT')).toBe(true);
    expect(
      auditLog.every(
        (entry) =>
          !/password|pin:/i.test(JSON.stringify(entry).replace(/"method":"[a-z]+"|method: \w+/g, '')),
      ),
    ).toBe(true);
  });

  it('refuses documents nested too deep or with too many aliases', async () => {
    const fine = `{ course(slug: "first-steps", locale: en) { modules { lessons { id } } } }`;
    expect((await new Caller(url).graphql(fine)).errors).toBeUndefined();
    const tooDeep = `{ __type(name: "Query") { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } }`;
    expect(codeOf(await new Caller(url).graphql(tooDeep))).toBe('GRAPHQL_VALIDATION_FAILED');
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: setupStatus { openSignUp }`).join(' ')} }`;
    expect(codeOf(await new Caller(url).graphql(aliases))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a document whose fragments multiply its cost, before running any of it', async () => {
    // Each fragment spreads the one before twice: 8 short lines ask for 256 copies of the field.
    const fragments = [`fragment F0 on Query { setupStatus { openSignUp } }`];
    for (let i = 1; i <= 8; i++) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
    const bomb = await new Caller(url).graphql(`{ ...F8 } ${fragments.join(' ')}`);
    expect(codeOf(bomb)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(bomb.errors?.[0].message).toMatch(/cost limit/i);
    expect(bomb.data ?? null).toBeNull();
  });

  it('refuses a cross-site simple request (CSRF) and a GET mutation', async () => {
    const form = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(form.status).toBe(400);
    const get = await fetch(`${url}/graphql?query=${encodeURIComponent('mutation { signOut }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(405);
  });
});

describe('GraphQL in production', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'punte-prod-'));
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(
      loadConfig({
        NODE_ENV: 'production',
        PORT: '0',
        DATA_DIR: dataDir,
        CONTENT_DIR: FIXTURE_CONTENT,
        LOG_FORMAT: 'json',
      }),
      { log: () => undefined, error: () => undefined, warn: () => undefined },
    );
  });
  afterAll(async () => {
    await api.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers no introspection and no "Did you mean" suggestions', async () => {
    const caller = new Caller(api.url);
    const introspection = await caller.graphql(`{ __schema { types { name } } }`);
    expect(introspection.errors?.[0].message).toMatch(/introspection/i);
    const typo = await caller.graphql(`{ setupStatu { openSignUp } }`);
    expect(typo.errors?.[0].message).not.toMatch(/did you mean/i);
  });

  it('sets the session cookie Secure', async () => {
    const caller = new Caller(api.url);
    const reply = await caller.graphql(
      `mutation ($input: NewAccountInput!) { createFirstAdmin(input: $input) { id } }`,
      {
        input: { name: 'Prod Admin', email: 'prod@example.org', password: 'a long production password' },
      },
    );
    expect(reply.setCookie).toMatch(/; Secure/);
  });
});
