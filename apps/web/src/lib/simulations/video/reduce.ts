import type { Reduced, ToolContext } from '../tool-module';
import type { VideoAction } from './actions';
import type { VideoScenario } from './scenario';
import type { Line, VideoState } from './state';

type Ctx = ToolContext<VideoScenario>;
const none = (state: VideoState): Reduced<VideoState> => ({ state, events: [] });

function connect(state: VideoState, id: string, video: boolean, online: boolean): VideoState {
  const lines: Line[] = online ? ['hello'] : ['unavailable'];
  if (online && !state.mic) lines.push('cant-hear');
  if (online && video && !state.camera) lines.push('cant-see');
  return {
    ...state,
    view: { kind: 'call', id, video, answered: online },
    lines,
    chat: [],
    chatOpen: false,
    chatDraft: '',
    focus: 'call-heading',
  };
}

function toggle(state: VideoState, what: 'camera' | 'mic'): Reduced<VideoState> {
  const on = !state[what];
  const inCall = state.view.kind === 'call' && state.view.answered;
  const line: Line | undefined = !inCall
    ? undefined
    : what === 'mic'
      ? on
        ? 'hear-now'
        : 'cant-hear'
      : state.view.kind === 'call' && state.view.video
        ? on
          ? 'see-now'
          : 'cant-see'
        : undefined;
  return {
    state: { ...state, [what]: on, lines: line ? [...state.lines, line] : state.lines, focus: undefined },
    events: [{ event: what === 'mic' ? 'microphone.toggled' : 'camera.toggled', data: { on } }],
  };
}

function callAction(
  state: VideoState,
  action: Extract<VideoAction, { type: 'layout' | 'chat.toggle' | 'chat.draft' | 'chat.send' | 'end' }>,
): Reduced<VideoState> {
  const view = state.view;
  if (view.kind !== 'call') return none(state);
  switch (action.type) {
    case 'layout':
      return none({
        ...state,
        layout: state.layout === 'speaker' ? 'side-by-side' : 'speaker',
        focus: undefined,
      });
    case 'chat.toggle':
      return none({ ...state, chatOpen: !state.chatOpen, focus: state.chatOpen ? 'chat' : 'chat-text' });
    case 'chat.draft':
      return none({ ...state, chatDraft: action.value, focus: undefined });
    case 'chat.send': {
      const text = state.chatDraft.trim();
      if (!text || !view.answered) return none(state);
      return {
        state: {
          ...state,
          chat: [...state.chat, { from: 'me', text }],
          chatDraft: '',
          lines: [...state.lines, 'thanks'],
          focus: 'chat-text',
        },
        events: [{ event: 'message.sent', data: { contactId: view.id } }],
      };
    }
    case 'end':
      return {
        state: { ...state, view: { kind: 'ended', id: view.id }, chatOpen: false, focus: 'ended-heading' },
        events: [{ event: 'call.ended' }],
      };
  }
}

export function reduceVideo(state: VideoState, action: VideoAction, ctx: Ctx): Reduced<VideoState> {
  const busy = state.view.kind === 'call' || state.view.kind === 'incoming';
  const contact = (id: string) => ctx.scenario.contacts.find((c) => c.id === id);
  switch (action.type) {
    case 'home':
      return busy ? none(state) : none({ ...state, view: { kind: 'home' }, focus: 'home-heading' });
    case 'contacts':
      return busy
        ? none(state)
        : {
            state: { ...state, view: { kind: 'contacts' }, focus: 'contacts-heading' },
            events: [{ event: 'contacts.opened' }],
          };
    case 'add.open':
      return busy
        ? none(state)
        : none({ ...state, view: { kind: 'add' }, addQuery: '', focus: 'add-heading' });
    case 'add.query':
      return none({ ...state, addQuery: action.value, focus: undefined });
    case 'add':
      if (!contact(action.id) || state.saved.includes(action.id)) return none(state);
      return {
        state: {
          ...state,
          saved: [...state.saved, action.id],
          view: { kind: 'contacts' },
          focus: `contact-${action.id}`,
        },
        events: [{ event: 'contact.added', data: { contactId: action.id } }],
      };
    case 'select':
      if (busy || !state.saved.includes(action.id)) return none(state);
      return {
        state: { ...state, view: { kind: 'contact', id: action.id }, focus: 'contact-heading' },
        events: [{ event: 'contact.selected', data: { contactId: action.id } }],
      };
    case 'call': {
      const c =
        state.view.kind === 'contact' || state.view.kind === 'ended' || state.view.kind === 'declined'
          ? contact(state.view.id)
          : undefined;
      if (!c) return none(state);
      return {
        state: connect(state, c.id, action.video, c.online),
        events: [{ event: 'call.started', data: { contactId: c.id, video: action.video } }],
      };
    }
    case 'answer':
      if (state.view.kind !== 'incoming') return none(state);
      return {
        state: connect(state, state.view.id, true, true),
        events: [{ event: 'call.answered', data: { contactId: state.view.id } }],
      };
    case 'decline':
      return state.view.kind === 'incoming'
        ? none({ ...state, view: { kind: 'declined', id: state.view.id }, focus: 'ended-heading' })
        : none(state);
    case 'camera':
      return toggle(state, 'camera');
    case 'mic':
      return toggle(state, 'mic');
    case 'layout':
    case 'chat.toggle':
    case 'chat.draft':
    case 'chat.send':
    case 'end':
      return callAction(state, action);
  }
}
