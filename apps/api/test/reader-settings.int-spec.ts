import { ApiHarness } from './support/api-harness';
import { codeOf } from './support/caller';
import { aSelfPacedLearner, signInWithPassword } from './support/factories';

const MINE = `{ myReaderSettings { textSize highContrast reducedMotion wideSpacing saved } }`;
const SAVE = `mutation ($input: ReaderSettingsInput!) { saveReaderSettings(input: $input) { textSize highContrast reducedMotion wideSpacing } }`;
const CLAIM = `mutation ($input: ReaderSettingsInput!) { claimGuestReaderSettings(input: $input) { textSize highContrast reducedMotion wideSpacing saved } }`;
type Settings = { textSize: number; highContrast: boolean; reducedMotion: boolean; wideSpacing: boolean };
type Mine = { myReaderSettings: Settings & { saved: boolean } };
const DEFAULTS = { textSize: 1, highContrast: false, reducedMotion: false, wideSpacing: false, saved: false };

describe('reader settings kept on the account', () => {
  const harness = new ApiHarness();
  let url: string;
  beforeAll(async () => {
    url = (await harness.start()).url;
  });
  afterAll(() => harness.dispose());

  it('has the defaults, not saved, until saved; then gives them back in another session (another computer)', async () => {
    const learner = await aSelfPacedLearner(url);
    const before = await learner.caller.graphql<Mine>(MINE);
    expect(before.errors).toBeUndefined();
    expect(before.data!.myReaderSettings).toEqual(DEFAULTS);

    const settings = { textSize: 1.75, highContrast: true, reducedMotion: true, wideSpacing: false };
    const saved = await learner.caller.graphql<{ saveReaderSettings: Settings }>(SAVE, { input: settings });
    expect(saved.data!.saveReaderSettings).toEqual(settings);
    const changed = { ...settings, textSize: 2, wideSpacing: true };
    await learner.caller.graphql(SAVE, { input: changed });

    const elsewhere = await signInWithPassword(url, learner.email, learner.password);
    const there = await elsewhere.caller.graphql<Mine>(MINE);
    expect(there.data!.myReaderSettings).toEqual({ ...changed, saved: true });

    // Another person sees only their own (none yet).
    const other = await aSelfPacedLearner(url, 'Olga Other');
    expect((await other.caller.graphql<Mine>(MINE)).data!.myReaderSettings).toEqual(DEFAULTS);
  });

  it('refuses a text size outside 100% to 200%, naming the field, and keeps what was saved', async () => {
    const learner = await aSelfPacedLearner(url);
    const good = { textSize: 1.25, highContrast: false, reducedMotion: false, wideSpacing: true };
    await learner.caller.graphql(SAVE, { input: good });
    for (const textSize of [0.5, 2.5]) {
      const reply = await learner.caller.graphql(SAVE, { input: { ...good, textSize } });
      expect(codeOf(reply)).toBe('BAD_USER_INPUT');
      expect(reply.errors![0].message).toMatch(/textSize/);
    }
    const kept = await learner.caller.graphql<Mine>(MINE);
    expect(kept.data!.myReaderSettings).toEqual({ ...good, saved: true });
  });

  describe('a guest’s settings claimed at sign-in', () => {
    type Claimed = { claimGuestReaderSettings: Settings & { saved: boolean } };
    const guest = { textSize: 1.5, highContrast: true, reducedMotion: false, wideSpacing: false };

    it('become the account’s when it has none, and follow the learner to another computer', async () => {
      const learner = await aSelfPacedLearner(url);
      const claimed = await learner.caller.graphql<Claimed>(CLAIM, { input: guest });
      expect(claimed.errors).toBeUndefined();
      expect(claimed.data!.claimGuestReaderSettings).toEqual({ ...guest, saved: true });
      const elsewhere = await signInWithPassword(url, learner.email, learner.password);
      expect((await elsewhere.caller.graphql<Mine>(MINE)).data!.myReaderSettings).toEqual({
        ...guest,
        saved: true,
      });
    });

    it('leave the account’s own settings as they are, and give those back', async () => {
      const learner = await aSelfPacedLearner(url);
      const own = { textSize: 2, highContrast: false, reducedMotion: true, wideSpacing: true };
      await learner.caller.graphql(SAVE, { input: own });
      const claimed = await learner.caller.graphql<Claimed>(CLAIM, { input: guest });
      expect(claimed.data!.claimGuestReaderSettings).toEqual({ ...own, saved: true });
      expect((await learner.caller.graphql<Mine>(MINE)).data!.myReaderSettings).toEqual({
        ...own,
        saved: true,
      });
    });

    it('from two sign-ins at once: the first kept, the second given the first', async () => {
      const learner = await aSelfPacedLearner(url);
      const other = { ...guest, textSize: 1.25, highContrast: false };
      const replies = await Promise.all([
        learner.caller.graphql<Claimed>(CLAIM, { input: guest }),
        learner.caller.graphql<Claimed>(CLAIM, { input: other }),
      ]);
      const kept = (await learner.caller.graphql<Mine>(MINE)).data!.myReaderSettings;
      expect([guest, other].map((s) => ({ ...s, saved: true }))).toContainEqual(kept);
      for (const reply of replies) expect(reply.data!.claimGuestReaderSettings).toEqual(kept);
    });

    it('refuses a text size outside 100% to 200%, naming the field, and saves nothing', async () => {
      const learner = await aSelfPacedLearner(url);
      const reply = await learner.caller.graphql(CLAIM, { input: { ...guest, textSize: 3 } });
      expect(codeOf(reply)).toBe('BAD_USER_INPUT');
      expect(reply.errors![0].message).toMatch(/textSize/);
      expect((await learner.caller.graphql<Mine>(MINE)).data!.myReaderSettings).toEqual(DEFAULTS);
    });
  });
});
