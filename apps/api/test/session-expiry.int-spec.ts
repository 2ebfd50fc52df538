import { getConnectionToken } from '@nestjs/mongoose';
import { type Connection } from 'mongoose';
import { ApiHarness } from './support/api-harness';
import { aLearner, aTrainer, signInWithPassword, theFirstAdmin } from './support/factories';

const ME = `query { me { id } }`;

describe('session expiry and revocation', () => {
  const harness = new ApiHarness();
  let url: string;
  let sessions: ReturnType<Connection['collection']>;

  beforeAll(async () => {
    url = (await harness.start()).url;
    sessions = harness.api!.app.get<Connection>(getConnectionToken()).collection('sessions');
  });
  afterAll(async () => {
    await harness.dispose();
  });

  it('ends a session once it has been idle past its expiry', async () => {
    const learner = await aLearner(url);
    expect((await learner.caller.ok<{ me: { id: string } }>(ME)).me.id).toBe(learner.id);
    // The clock is the database's: an expiry in the past is what two idle hours leave behind.
    await sessions.updateMany({ userId: learner.id }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await learner.caller.ok<{ me: null }>(ME)).me).toBeNull();
  });

  it('moves the expiry on when a session is used after a minute', async () => {
    const trainer = await aTrainer(url);
    const stale = new Date(Date.now() - 5 * 60 * 1000);
    await sessions.updateMany(
      { userId: trainer.id },
      { $set: { lastSeenAt: stale, expiresAt: new Date(Date.now() + 1000) } },
    );
    await trainer.caller.ok(ME);
    const session = await sessions.findOne({ userId: trainer.id });
    expect(session!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 11.9 * 3600 * 1000);
  });

  it('stores only a hash of the token', async () => {
    const trainer = await aTrainer(url);
    const token = trainer.caller.cookie!.split('=')[1];
    const stored = await sessions.find({ userId: trainer.id }).toArray();
    expect(stored.length).toBeGreaterThan(0);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('ends every session of a deactivated person at once', async () => {
    const admin = await theFirstAdmin(url);
    const trainer = await aTrainer(url);
    await admin.caller.ok(`mutation ($userId: ID!) { deactivatePerson(userId: $userId) { id } }`, {
      userId: trainer.id,
    });
    expect((await trainer.caller.ok<{ me: null }>(ME)).me).toBeNull();
    const again = await signInWithPassword(url, trainer.email, trainer.password);
    expect(again.reply.errors?.[0].extensions?.reason).toBe('WRONG_CREDENTIALS');
  });

  it('takes away a role at once, in sessions already open', async () => {
    const admin = await theFirstAdmin(url);
    const trainer = await aTrainer(url);
    expect((await trainer.caller.graphql(`{ myGroups { id } }`)).errors).toBeUndefined();
    await admin.caller.ok(`mutation ($userId: ID!) { setRoles(userId: $userId, roles: [learner]) { id } }`, {
      userId: trainer.id,
    });
    const refused = await trainer.caller.graphql(`{ myGroups { id } }`);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
