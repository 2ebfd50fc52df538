import type { Checkpoint } from '@punte/course-engine';
import type { ToolEvent } from '../contract';
import { interpolateSim } from '../i18n/interpolate';
import type { ToolContext } from '../tool-module';
import { vc, type VideoAction } from './actions';
import { VIDEO_LABELS } from './labels';
import type { VideoScenario } from './scenario';
import type { VideoState } from './state';

type Ctx = ToolContext<VideoScenario>;

export function videoFacts(state: VideoState): ToolEvent[] {
  const out: ToolEvent[] = [
    { event: 'camera.toggled', data: { on: state.camera } },
    { event: 'microphone.toggled', data: { on: state.mic } },
  ];
  if (state.view.kind === 'contacts') out.unshift({ event: 'contacts.opened' });
  if (state.view.kind === 'contact')
    out.unshift({ event: 'contact.selected', data: { contactId: state.view.id } });
  return out;
}

const inCall = (s: VideoState) => s.view.kind === 'call';

function selectPlan(state: VideoState, id: string, ctx: Ctx): VideoAction[] | undefined {
  if (!ctx.scenario.contacts.some((c) => c.id === id) || inCall(state) || state.view.kind === 'incoming')
    return undefined;
  if (state.view.kind === 'contact' && state.view.id === id) return [];
  const steps: VideoAction[] = state.view.kind === 'contacts' ? [] : [vc.contacts()];
  if (!state.saved.includes(id)) steps.push(vc.addOpen(), vc.add(id));
  return [...steps, vc.select(id)];
}

function callPlan(state: VideoState, c: Checkpoint, ctx: Ctx): VideoAction[] | undefined {
  const id =
    typeof c.match?.contactId === 'string'
      ? c.match.contactId
      : ctx.scenario.contacts.find((x) => x.online)?.id;
  if (!id) return undefined;
  if (state.view.kind === 'call' && state.view.id === id) return [];
  const select = selectPlan(state, id, ctx);
  return select && [...select, vc.call(c.match?.video !== false)];
}

function togglePlan(state: VideoState, what: 'camera' | 'mic', c: Checkpoint): VideoAction[] {
  const want = c.match?.on;
  const now = what === 'mic' ? state.mic : state.camera;
  const act = what === 'mic' ? vc.mic() : vc.camera();
  const home = state.view.kind === 'call' || state.view.kind === 'home' ? [] : [vc.home()];
  return [...home, ...(typeof want === 'boolean' && want === now ? [act, act] : [act])];
}

export function planVideo(state: VideoState, c: Checkpoint, ctx: Ctx): VideoAction[] | undefined {
  switch (c.event) {
    case 'contacts.opened':
      return inCall(state) || state.view.kind === 'incoming' ? undefined : [vc.contacts()];
    case 'contact.added': {
      const id = c.match?.contactId;
      if (
        typeof id !== 'string' ||
        state.saved.includes(id) ||
        !ctx.scenario.contacts.some((x) => x.id === id)
      )
        return undefined;
      return [...(state.view.kind === 'contacts' ? [] : [vc.contacts()]), vc.addOpen(), vc.add(id)];
    }
    case 'contact.selected':
      return typeof c.match?.contactId === 'string' ? selectPlan(state, c.match.contactId, ctx) : undefined;
    case 'call.started':
      return callPlan(state, c, ctx);
    case 'call.answered':
      return state.view.kind === 'incoming' &&
        (c.match?.contactId === undefined || c.match.contactId === state.view.id)
        ? [vc.answer()]
        : undefined;
    case 'camera.toggled':
      return togglePlan(state, 'camera', c);
    case 'microphone.toggled':
      return togglePlan(state, 'mic', c);
    case 'message.sent': {
      const call = callPlan(state, c, ctx);
      if (!call) return undefined;
      const open = state.chatOpen && inCall(state) ? [] : [vc.chatToggle()];
      return [...call, ...open, vc.chatDraft(VIDEO_LABELS[ctx.locale].chatExample), vc.chatSend()];
    }
    case 'call.ended':
      if (state.view.kind === 'incoming') return [vc.answer(), vc.end()];
      return inCall(state) ? [vc.end()] : undefined;
    default:
      return undefined;
  }
}

export function describeVideo(e: ToolEvent, _state: VideoState, ctx: Ctx): string {
  const l = VIDEO_LABELS[ctx.locale].wrong;
  const name = ctx.scenario.contacts.find((c) => c.id === e.data?.contactId)?.name ?? '';
  switch (e.event) {
    case 'contact.selected':
      return interpolateSim(l.selected, { name });
    case 'contact.added':
      return interpolateSim(l.added, { name });
    case 'call.started':
      return interpolateSim(l.called, { name });
    case 'camera.toggled':
      return e.data?.on ? l.cameraOn : l.cameraOff;
    case 'microphone.toggled':
      return e.data?.on ? l.micOn : l.micOff;
    default:
      return l.other;
  }
}
