import type { ToolContext } from '../tool-module';
import type { VideoScenario } from './scenario';

export type VideoView =
  | { kind: 'home' }
  | { kind: 'contacts' }
  | { kind: 'add' }
  | { kind: 'contact'; id: string }
  | { kind: 'incoming'; id: string }
  | { kind: 'call'; id: string; video: boolean; answered: boolean }
  | { kind: 'ended'; id: string }
  | { kind: 'declined'; id: string };

/** What the other person says: keys of the tool's labels, in the order said. */
export type Line = 'hello' | 'cant-hear' | 'hear-now' | 'cant-see' | 'see-now' | 'thanks' | 'unavailable';

export interface VideoState {
  v: 1;
  tool: 'video-call';
  view: VideoView;
  saved: string[];
  camera: boolean;
  mic: boolean;
  layout: 'speaker' | 'side-by-side';
  chatOpen: boolean;
  chatDraft: string;
  chat: { from: 'me' | 'them'; text: string }[];
  lines: Line[];
  addQuery: string;
  focus?: string;
}

export function initVideo({ scenario }: ToolContext<VideoScenario>): VideoState {
  return {
    v: 1,
    tool: 'video-call',
    view: scenario.incomingCall
      ? { kind: 'incoming', id: scenario.incomingCall.contactId }
      : { kind: 'home' },
    saved: scenario.contacts.filter((c) => c.saved).map((c) => c.id),
    camera: scenario.settings.camera,
    mic: scenario.settings.microphone,
    layout: 'speaker',
    chatOpen: false,
    chatDraft: '',
    chat: [],
    lines: [],
    addQuery: '',
  };
}

export function restoreVideo(saved: unknown): VideoState | undefined {
  const s = saved as Partial<VideoState> | undefined;
  if (!s || s.v !== 1 || s.tool !== 'video-call' || !s.view || !Array.isArray(s.saved)) return undefined;
  return s as VideoState;
}
