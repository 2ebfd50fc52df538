import type { Checkpoint } from '@punte/course-engine';
import { applyAction } from '../progress';
import type { AnyToolLogic, ToolContext } from '../tool-module';
import { act, type EmailAction } from './actions';
import { emailLogic } from './logic';
import { parseEmailScenario, type EmailScenario } from './scenario';
import type { EmailState } from './state';

const scenario: EmailScenario = parseEmailScenario({
  account: { address: 'maria@example.org', displayName: 'Maria' },
  inbox: [
    {
      id: 'from-ana',
      from: { name: 'Ana', address: 'ana@example.org' },
      subject: { en: 'Hello' },
      body: { en: 'Hi Mum' },
      receivedAt: '2026-03-02T10:00:00Z',
    },
    {
      id: 'scam',
      from: { name: 'Bank', address: 'bank@prizes.example.net' },
      subject: { en: 'URGENT' },
      body: { en: 'Click' },
      receivedAt: new Date('2026-03-03T07:00:00Z'),
      scam: true,
      scamSigns: [{ en: 'It rushes you' }],
    },
  ],
  contacts: [{ id: 'ion', name: 'Ion', address: 'ion@example.org' }],
  photos: [{ fileName: 'garden.jpg', alt: { en: 'A garden' } }],
});
const ctx: ToolContext<EmailScenario> = { scenario, locale: 'en' };

function run(actions: EmailAction[], state = emailLogic.init(ctx)) {
  const events: string[] = [];
  for (const a of actions) {
    const r = emailLogic.reduce(state, a, ctx);
    state = r.state;
    events.push(...r.events.map((e) => `${e.event}${e.data ? ' ' + JSON.stringify(e.data) : ''}`));
  }
  return { state, events };
}

describe('the practice mailbox', () => {
  it('opens a letter, marks it read, and replies with the sender as recipient and a localized prefix', () => {
    const { state, events } = run([act.openFolder('inbox'), act.openMessage('from-ana'), act.reply('reply')]);
    expect(events).toEqual([
      'inbox.opened',
      'message.opened {"messageId":"from-ana"}',
      'message.replied {"messageId":"from-ana"}',
    ]);
    expect(state.mails.find((m) => m.id === 'from-ana')?.read).toBe(true);
    expect(state.draft).toMatchObject({ to: 'ana@example.org', subject: 'Re: Hello', mode: 'reply' });
    expect(state.focus).toBe('draft-body');
  });

  it('answers a malformed address with a kind message and no event, then accepts the corrected one', () => {
    const bad = run([act.compose(), act.field('to', 'ion.example.org'), act.commit('to')]);
    expect(bad.events).toEqual(['compose.opened']);
    expect(bad.state.draft?.error).toBe('to-format');
    const sent = run([act.send()], bad.state);
    expect(sent.events).toEqual([]);
    expect(sent.state.focus).toBe('draft-to');
    const good = run([act.field('to', ' Ion@Example.org '), act.commit('to')], bad.state);
    expect(good.events).toEqual(['recipient.entered {"to":"ion@example.org"}']);
    expect(good.state.draft?.error).toBeUndefined();
  });

  it('sends with what was not yet reported first, and files the letter under Sent', () => {
    const { state, events } = run([
      act.compose(),
      act.field('to', 'ion@example.org'),
      act.field('body', 'Hi'),
      act.openPictures(),
      act.attach('garden.jpg'),
      act.send(),
    ]);
    expect(events).toEqual([
      'compose.opened',
      'attachment.added {"fileName":"garden.jpg"}',
      'recipient.entered {"to":"ion@example.org"}',
      'body.entered',
      'message.sent {"to":"ion@example.org","hasAttachment":true}',
    ]);
    expect(state.mails.filter((m) => m.folder === 'sent')).toHaveLength(1);
    expect(state.view).toEqual({ kind: 'folder' });
    expect(state.folder).toBe('sent');
  });

  it('deletes to the bin with undo, and restores from the bin', () => {
    const deleted = run([act.openMessage('from-ana'), act.remove()]);
    expect(deleted.events).toContain('message.deleted {"messageId":"from-ana"}');
    expect(deleted.state.mails.find((m) => m.id === 'from-ana')?.folder).toBe('bin');
    expect(run([act.undo()], deleted.state).state.mails.find((m) => m.id === 'from-ana')?.folder).toBe(
      'inbox',
    );
    const restored = run([act.openFolder('bin'), act.openMessage('from-ana'), act.restore()], deleted.state);
    expect(restored.state.mails.find((m) => m.id === 'from-ana')?.folder).toBe('inbox');
  });

  it('reports a scam once, moves a letter to spam and back', () => {
    const r = run([act.openMessage('scam'), act.report(), act.report(), act.spam()]);
    expect(r.events.filter((e) => e.startsWith('message.reported-scam'))).toHaveLength(1);
    expect(r.state.mails.find((m) => m.id === 'scam')).toMatchObject({ folder: 'spam', reported: true });
    const back = run([act.openFolder('spam'), act.openMessage('scam'), act.spam()], r.state);
    expect(back.state.mails.find((m) => m.id === 'scam')?.folder).toBe('inbox');
  });

  it("a scam's link is a mistake that opens a harmless warning; an honest letter has no link", () => {
    const r = run([act.openMessage('scam'), act.openLink()]);
    expect(r.events).toEqual(['message.opened {"messageId":"scam"}', 'link.clicked {"messageId":"scam"}']);
    expect(r.state.view).toEqual({ kind: 'link', id: 'scam' });
    expect(emailLogic.isMistake?.({ event: 'link.clicked', data: { messageId: 'scam' } }, r.state, ctx)).toBe(
      true,
    );
    expect(run([act.openMessage('from-ana'), act.openLink()]).events).toEqual([
      'message.opened {"messageId":"from-ana"}',
    ]);
  });

  it('checks the sign-up gently and never persists the passwords', () => {
    const fresh: ToolContext<EmailScenario> = {
      scenario: { ...scenario, account: undefined, signup: { suggestedAddress: 'maria.p' } },
      locale: 'ro',
    };
    let s = emailLogic.init(fresh);
    const step = (a: EmailAction) => (s = emailLogic.reduce(s, a, fresh).state);
    step(act.signupField('name', 'Maria Popescu'));
    step(act.signupSubmit());
    expect(s.signup.error).toBe('name');
    step(act.signupField('name', 'maria.p'));
    step(act.signupField('password', 'short'));
    step(act.signupSubmit());
    expect(s.signup.error).toBe('short');
    step(act.signupField('password', 'long enough'));
    step(act.signupField('repeat', 'long enougH'));
    expect((emailLogic.persist(s, fresh) as EmailState).signup.password).toBe('');
    step(act.signupSubmit());
    expect(s.signup.error).toBe('mismatch');
    step(act.signupField('repeat', 'long enough'));
    const r = emailLogic.reduce(s, act.signupSubmit(), fresh);
    expect(r.events).toEqual([{ event: 'account.created', data: { address: 'maria.p@example.org' } }]);
  });

  it('restores only its own state; the scenario letters are kept as their state only', () => {
    const s = emailLogic.init(ctx);
    expect(emailLogic.restore(JSON.parse(JSON.stringify(s)), ctx)).toEqual(s);
    let moved = emailLogic.reduce(s, act.openMessage('from-ana'), ctx).state;
    moved = emailLogic.reduce(moved, act.reply('reply'), ctx).state;
    moved = emailLogic.reduce(moved, act.field('body', 'Dragă Ana'), ctx).state;
    const saved = JSON.parse(JSON.stringify(emailLogic.persist(moved, ctx))) as { mails: object[] };
    expect(saved.mails[0]).not.toHaveProperty('body');
    expect(JSON.stringify(saved).length).toBeLessThan(JSON.stringify(moved).length);
    expect(emailLogic.restore(saved, ctx)).toEqual(moved);
    expect(emailLogic.restore({ ...saved, mails: [{ id: 'gone', scenario: true }] }, ctx)).toBeUndefined();
    expect(emailLogic.restore({ v: 1, tool: 'video-call' }, ctx)).toBeUndefined();
    expect(emailLogic.restore('garbage', ctx)).toBeUndefined();
  });
});

describe('the host rules on top of the mailbox', () => {
  const checkpoints: Checkpoint[] = [
    { id: 'open', event: 'message.opened', match: { messageId: 'from-ana' }, guidance: { en: 'Open Ana' } },
    { id: 'to', event: 'recipient.entered', match: { to: 'ion@example.org' }, guidance: { en: 'To Ion' } },
    { id: 'attach', event: 'attachment.added', guidance: { en: 'Attach' } },
  ];
  const logic = emailLogic as AnyToolLogic;

  it('opening another letter is a wrong action with a gentle word; a folder is harmless', () => {
    const s = emailLogic.init(ctx);
    const other = applyAction(logic, ctx, checkpoints, [], s, act.openMessage('scam'));
    expect(other.wrong).toEqual({ event: 'message.opened', data: { messageId: 'scam' } });
    expect(logic.describe(other.wrong!, other.state, ctx)).toBe('That opens the letter from Bank.');
    expect(applyAction(logic, ctx, checkpoints, [], s, act.openFolder('spam')).wrong).toBeUndefined();
  });

  it('counts a photo attached too early as soon as its turn comes', () => {
    let s: unknown = emailLogic.init(ctx);
    let reached: string[] = ['open'];
    for (const a of [
      act.compose(),
      act.openPictures(),
      act.attach('garden.jpg'),
      act.field('to', 'ion@example.org'),
      act.commit('to'),
    ]) {
      const o = applyAction(logic, ctx, checkpoints, reached, s, a);
      s = o.state;
      reached = o.reached;
    }
    expect(reached).toEqual(['open', 'to', 'attach']);
  });
});
