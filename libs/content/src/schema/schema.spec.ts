import { lessonSchema } from './index';

const t = { ro: 'a', ru: 'a', uk: 'a', pl: 'a', en: 'a' };
const practice = (scenario: object, event = 'compose.opened') => ({
  id: 'l',
  title: t,
  estimatedMinutes: 1,
  steps: [
    {
      id: 'p',
      kind: 'practice',
      tool: 'email',
      title: t,
      intro: t,
      scenario,
      checkpoints: [{ id: 'c', event, guidance: t }],
    },
  ],
});

describe('lessonSchema', () => {
  it('accepts an email practice step', () => {
    expect(
      lessonSchema.safeParse(practice({ contacts: [{ id: 'ana', name: 'Ana', address: 'ana@exemplu.md' }] }))
        .success,
    ).toBe(true);
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
});
