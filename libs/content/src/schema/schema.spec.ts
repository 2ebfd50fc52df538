import { lessonSchema } from './index';

const t = { ro: 'a', ru: 'a', uk: 'a', pl: 'a', en: 'a' };
const practice = (scenario: object, event = 'compose.opened') => ({
  id: 'l', title: t, estimatedMinutes: 1,
  steps: [{ id: 'p', kind: 'practice', tool: 'email', title: t, intro: t, scenario, checkpoints: [{ id: 'c', event, guidance: t }] }],
});

describe('lessonSchema', () => {
  it('accepts an email practice step', () => {
    expect(lessonSchema.safeParse(practice({ contacts: [{ id: 'ana', name: 'Ana', address: 'ana@exemplu.md' }] })).success).toBe(true);
  });
  it('rejects an event the tool does not emit, at the checkpoint path', () => {
    const r = lessonSchema.safeParse(practice({}, 'call.started'));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(['steps', 0, 'checkpoints', 0, 'event']);
  });
  it('rejects a malformed scenario with a path inside it', () => {
    const r = lessonSchema.safeParse(practice({ contacts: [{ id: 'ana', name: 'Ana', address: 'nope' }] }));
    expect(r.error?.issues[0].path).toEqual(['steps', 0, 'scenario', 'contacts', 0, 'address']);
  });
  it('rejects ids with capitals', () => {
    expect(lessonSchema.safeParse({ ...practice({}), id: 'Lesson' }).success).toBe(false);
  });
  it('rejects a checkpoint that names a letter, contact or form field its scenario lacks, at the match', () => {
    const step = practice({ inbox: [{ id: 'from-ana', from: { name: 'Ana', address: 'ana@example.org' }, subject: t, body: t, receivedAt: '2026-03-02T10:00:00Z' }] }, 'message.opened');
    (step.steps[0].checkpoints[0] as { match?: object }).match = { messageId: 'from-ion' };
    const r = lessonSchema.safeParse(step);
    expect(r.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['steps', 0, 'checkpoints', 0, 'match', 'messageId'], 'messageId "from-ion" is not in the scenario (known: from-ana)'],
    ]);
    (step.steps[0].checkpoints[0] as { match?: object }).match = { messageId: 'from-ana' };
    expect(lessonSchema.safeParse(step).success).toBe(true);
  });
});
