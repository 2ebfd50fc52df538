import type { ToolContext } from '../tool-module';
import { vc, type VideoAction } from './actions';
import { videoLogic } from './logic';
import { parseVideoScenario, type VideoScenario } from './scenario';

const scenario = parseVideoScenario({
  self: { name: 'Maria Popescu' },
  contacts: [
    { id: 'ion', name: 'Ion', online: true, saved: false },
    { id: 'elena', name: 'Elena', online: false },
  ],
  settings: { camera: false, microphone: true },
});
const ctx: ToolContext<VideoScenario> = { scenario, locale: 'en' };

function run(actions: VideoAction[], state = videoLogic.init(ctx)) {
  const events: string[] = [];
  for (const a of actions) {
    const r = videoLogic.reduce(state, a, ctx);
    state = r.state;
    events.push(...r.events.map((e) => `${e.event}${e.data ? ' ' + JSON.stringify(e.data) : ''}`));
  }
  return { state, events };
}

describe('the practice video-call app', () => {
  it('adds a contact who was not saved, then calls by video; the other person answers in captions', () => {
    expect(run([vc.contacts(), vc.select('ion')]).events).toEqual(['contacts.opened']);
    const r = run([vc.contacts(), vc.addOpen(), vc.add('ion'), vc.select('ion'), vc.call(true)]);
    expect(r.events).toEqual([
      'contacts.opened',
      'contact.added {"contactId":"ion"}',
      'contact.selected {"contactId":"ion"}',
      'call.started {"contactId":"ion","video":true}',
    ]);
    expect(r.state.lines).toEqual(['hello', 'cant-see']);
    const cam = run([vc.camera(), vc.mic(), vc.mic()], r.state);
    expect(cam.events).toEqual([
      'camera.toggled {"on":true}',
      'microphone.toggled {"on":false}',
      'microphone.toggled {"on":true}',
    ]);
    expect(cam.state.lines.slice(-3)).toEqual(['see-now', 'cant-hear', 'hear-now']);
  });

  it('an offline contact does not answer; chat needs an answered call', () => {
    const r = run([
      vc.contacts(),
      vc.select('elena'),
      vc.call(false),
      vc.chatToggle(),
      vc.chatDraft('hi'),
      vc.chatSend(),
      vc.end(),
    ]);
    expect(r.state.lines).toEqual(['unavailable']);
    expect(r.events.filter((e) => e.startsWith('message.sent'))).toEqual([]);
    expect(r.events.at(-1)).toBe('call.ended');
  });

  it('an incoming call is answered or declined; nothing else happens meanwhile', () => {
    const ring = parseVideoScenario({
      ...scenario,
      incomingCall: { contactId: 'elena' },
    } as unknown as Record<string, unknown>);
    const c = { scenario: ring, locale: 'ro' as const };
    const s = videoLogic.init(c);
    expect(videoLogic.reduce(s, vc.contacts(), c).events).toEqual([]);
    expect(videoLogic.reduce(s, vc.answer(), c).events).toEqual([
      { event: 'call.answered', data: { contactId: 'elena' } },
    ]);
    expect(videoLogic.reduce(s, vc.decline(), c).state.view).toEqual({ kind: 'declined', id: 'elena' });
    expect(() =>
      parseVideoScenario({ self: { name: 'M' }, contacts: [], incomingCall: { contactId: 'nobody' } }),
    ).toThrow('nobody');
  });
});
