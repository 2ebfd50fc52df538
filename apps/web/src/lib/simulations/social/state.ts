import type { LocalizedText } from '@punte/course-engine';
import type { ToolContext } from '../tool-module';
import type { Audience, SocialScenario } from './scenario';

export type SocialView = 'feed' | 'profile' | 'requests' | 'messages';
export type RequestState = 'pending' | 'accepted' | 'declined';

export interface Post {
  id: string;
  author: string;
  text: LocalizedText | string;
  audience?: Audience;
  mine: boolean;
}

export interface SocialState {
  v: 1;
  tool: 'social-privacy';
  view: SocialView;
  settings: Record<string, string>;
  requests: Record<string, RequestState>;
  /** The request whose profile the learner is looking at closely. */
  inspecting?: string;
  posts: Post[];
  deleted: string[];
  confirmDelete?: string;
  draft: { text: string; audience: Audience };
  reported: string[];
  blocked: string[];
  /** The last answer to a request, which "undo" takes back. */
  undo?: { requestId: string };
  notice?: {
    kind: 'accepted' | 'declined' | 'posted' | 'deleted' | 'reported' | 'blocked' | 'saved' | 'undone';
    name?: string;
  };
  focus?: string;
  seq: number;
}

export function initSocial({ scenario }: ToolContext<SocialScenario>): SocialState {
  return {
    v: 1,
    tool: 'social-privacy',
    view: 'feed',
    settings: Object.fromEntries(scenario.settings.map((s) => [s.id, s.value])),
    requests: Object.fromEntries(scenario.friendRequests.map((r) => [r.id, 'pending' as const])),
    posts: scenario.feed.map((p) => ({
      id: p.id,
      author: p.author,
      text: p.text,
      mine: p.author === scenario.profile.name,
    })),
    deleted: [],
    draft: { text: '', audience: 'public' },
    reported: [],
    blocked: [],
    seq: 0,
  };
}

export function restoreSocial(saved: unknown): SocialState | undefined {
  const s = saved as Partial<SocialState> | undefined;
  if (!s || s.v !== 1 || s.tool !== 'social-privacy' || !s.view || !s.settings || !Array.isArray(s.posts))
    return undefined;
  return s as SocialState;
}
