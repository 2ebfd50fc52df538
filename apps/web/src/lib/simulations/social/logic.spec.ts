import type { Checkpoint } from '@punte/course-engine';
import { applyAction } from '../progress';
import type { AnyToolLogic, ToolContext } from '../tool-module';
import { sp, type SocialAction } from './actions';
import { socialLogic } from './logic';
import { parseSocialScenario, type SocialScenario } from './scenario';

const scenario = parseSocialScenario({
  profile: { name: 'Maria', birthday: new Date('1956-04-12T00:00:00Z') },
  settings: [
    {
      id: 'phone',
      label: { en: 'Phone' },
      options: [
        { id: 'public', label: { en: 'All' } },
        { id: 'only-me', label: { en: 'Me' } },
      ],
      value: 'public',
    },
  ],
  friendRequests: [
    { id: 'ana', name: 'Ana', mutualFriends: 3 },
    { id: 'fake', name: 'Rob', suspicious: true },
  ],
  feed: [
    { id: 'mine', author: 'Maria', text: { en: 'Away!' } },
    { id: 'hers', author: 'Ana', text: { en: 'Pies' } },
  ],
  messages: [{ id: 'm', from: 'Rob Miller', text: { en: 'Send money' }, scam: true }],
});
const ctx: ToolContext<SocialScenario> = { scenario, locale: 'en' };

function run(actions: SocialAction[], state = socialLogic.init(ctx)) {
  const events: string[] = [];
  for (const a of actions) {
    const r = socialLogic.reduce(state, a, ctx);
    state = r.state;
    events.push(...r.events.map((e) => `${e.event}${e.data ? ' ' + JSON.stringify(e.data) : ''}`));
  }
  return { state, events };
}

describe('the practice social network', () => {
  it('deletes only own posts, only after confirming', () => {
    expect(run([sp.askDelete('hers'), sp.confirmDelete('hers')]).events).toEqual([]);
    expect(run([sp.confirmDelete('mine')]).events).toEqual([]);
    expect(run([sp.askDelete('mine'), sp.cancelDelete()]).state.deleted).toEqual([]);
    expect(run([sp.askDelete('mine'), sp.confirmDelete('mine')]).events).toEqual([
      'post.deleted {"postId":"mine"}',
    ]);
  });

  it('posts with the chosen audience; an empty post is not sent', () => {
    expect(run([sp.post()]).events).toEqual([]);
    const r = run([sp.draftText('Tulips'), sp.audience('friends'), sp.post()]);
    expect(r.events).toEqual(['post.created {"audience":"friends"}']);
    expect(r.state.posts[0]).toMatchObject({ text: 'Tulips', audience: 'friends', mine: true });
  });

  it('answers a request once, with undo; blocks and reports', () => {
    const r = run([sp.accept('fake'), sp.accept('fake')]);
    expect(r.events).toEqual(['friend-request.accepted {"requestId":"fake"}']);
    expect(run([sp.undo()], r.state).state.requests.fake).toBe('pending');
    expect(run([sp.block('rob-miller', 'Rob Miller'), sp.report('m'), sp.report('m')]).events).toEqual([
      'account.blocked {"accountId":"rob-miller"}',
      'message.reported {"messageId":"m"}',
    ]);
    expect(run([sp.privacy('phone', 'nobody'), sp.privacy('phone', 'public')]).events).toEqual([]);
  });

  it('accepting a fake profile is a mistake with a gentle word, whatever the checkpoints', () => {
    const checkpoints: Checkpoint[] = [
      {
        id: 'ana',
        event: 'friend-request.accepted',
        match: { requestId: 'ana' },
        guidance: { en: 'Accept Ana' },
      },
    ];
    const o = applyAction(
      socialLogic as AnyToolLogic,
      ctx,
      checkpoints,
      [],
      socialLogic.init(ctx),
      sp.accept('fake'),
    );
    expect(o.wrong).toEqual({ event: 'friend-request.accepted', data: { requestId: 'fake' } });
    expect(socialLogic.describe(o.wrong!, o.state as never, ctx)).toBe(
      'You accepted Rob, whom you do not know. Press "Undo".',
    );
  });
});
