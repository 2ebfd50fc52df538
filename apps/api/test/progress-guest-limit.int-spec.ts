import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi, type RunningApi } from '../src/bootstrap';
import { loadConfig } from '../src/config/env';
import { ev, RECORD } from './player/operations';
import { PLAYER_FIXTURES } from './player/player-harness';
import { FIXTURE_CONTENT } from './support/api-harness';
import { Caller, codeOf } from './support/caller';
import { aSelfPacedLearner } from './support/factories';

type Recorded = { recordProgress: { stored: boolean; results: { status: string }[] } };

describe('guests’ progress batches are limited per address (counted in MongoDB)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'punte-guest-limit-'));
  const contentDir = mkdtempSync(join(tmpdir(), 'punte-guest-limit-content-'));
  cpSync(FIXTURE_CONTENT, contentDir, { recursive: true });
  cpSync(join(PLAYER_FIXTURES, 'player-sampler'), join(contentDir, 'player-sampler'), { recursive: true });
  let api: RunningApi;
  const start = async () => {
    api = await startApi(
      loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        DATA_DIR: dataDir,
        CONTENT_DIR: contentDir,
        GUEST_PROGRESS_LIMIT: '3',
      }),
    );
  };
  beforeAll(start);
  afterAll(async () => {
    await api.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(contentDir, { recursive: true, force: true });
  });

  const input = (extra: Record<string, unknown> = {}) => ({
    input: {
      courseSlug: 'player-sampler',
      lessonId: 'tour',
      locale: 'en',
      events: [ev('video.progress', { watchedShare: 1 })],
      ...extra,
    },
  });
  const asGuest = (caller: Caller) =>
    caller.graphql<Recorded>(RECORD, input({ guestSeed: 'guest-seed-limit' }));

  it('takes the limit, then refuses with RATE_LIMITED and a wait, across a restart, for that address only', async () => {
    const guest = new Caller(api.url);
    for (let i = 0; i < 3; i++) {
      const reply = await asGuest(guest);
      expect(reply.errors).toBeUndefined();
      expect(reply.data!.recordProgress.results[0].status).toBe('accepted');
    }
    const refused = await asGuest(guest);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors![0].message).toMatch(/guest.*sign in/);
    expect(refused.errors![0].extensions!.retryAfterSeconds).toBe(60);
    expect(refused.data ?? null).toBeNull();

    // Another computer (another address) is not held back by this one.
    const other = await asGuest(new Caller(api.url));
    expect(other.errors).toBeUndefined();

    // The count lives in MongoDB, not in the API's memory.
    await api.close();
    await start();
    const afterRestart = await asGuest(new Caller(api.url, guest.ip));
    expect(codeOf(afterRestart)).toBe('RATE_LIMITED');
  });

  it('never counts signed-in learners, whose batches are stored on their account', async () => {
    const learner = await aSelfPacedLearner(api.url);
    const sameRoom = new Caller(api.url, learner.caller.ip);
    for (let i = 0; i < 4; i++) await asGuest(sameRoom);
    expect(codeOf(await asGuest(sameRoom))).toBe('RATE_LIMITED');
    for (let i = 0; i < 5; i++) {
      const reply = await learner.caller.graphql<Recorded>(RECORD, input());
      expect(reply.errors).toBeUndefined();
      expect(reply.data!.recordProgress.stored).toBe(true);
    }
  });
});
