import type { Reduced, ToolContext } from '../tool-module';
import type { SocialAction } from './actions';
import type { SocialScenario } from './scenario';
import type { SocialState } from './state';

type Ctx = ToolContext<SocialScenario>;
const none = (state: SocialState): Reduced<SocialState> => ({ state, events: [] });

function answer(
  state: SocialState,
  id: string,
  how: 'accepted' | 'declined',
  ctx: Ctx,
): Reduced<SocialState> {
  const r = ctx.scenario.friendRequests.find((x) => x.id === id);
  if (!r || state.requests[id] !== 'pending') return none(state);
  return {
    state: {
      ...state,
      requests: { ...state.requests, [id]: how },
      undo: { requestId: id },
      inspecting: undefined,
      notice: { kind: how, name: r.name },
      focus: 'notice',
    },
    events: [
      {
        event: how === 'accepted' ? 'friend-request.accepted' : 'friend-request.declined',
        data: { requestId: id },
      },
    ],
  };
}

function post(state: SocialState, ctx: Ctx): Reduced<SocialState> {
  const text = state.draft.text.trim();
  if (!text) return none({ ...state, focus: 'draft-text' });
  const id = `my-post-${state.seq + 1}`;
  const mine = { id, author: ctx.scenario.profile.name, text, audience: state.draft.audience, mine: true };
  return {
    state: {
      ...state,
      seq: state.seq + 1,
      posts: [mine, ...state.posts],
      draft: { text: '', audience: state.draft.audience },
      notice: { kind: 'posted' },
      focus: 'notice',
    },
    events: [{ event: 'post.created', data: { audience: state.draft.audience } }],
  };
}

function postAction(
  state: SocialState,
  action: Extract<
    SocialAction,
    {
      type:
        'draft.text' | 'draft.audience' | 'post' | 'post.ask-delete' | 'post.cancel-delete' | 'post.delete';
    }
  >,
  ctx: Ctx,
): Reduced<SocialState> {
  switch (action.type) {
    case 'draft.text':
      return none({ ...state, draft: { ...state.draft, text: action.value }, focus: undefined });
    case 'draft.audience':
      return none({ ...state, draft: { ...state.draft, audience: action.value }, focus: undefined });
    case 'post':
      return post(state, ctx);
    case 'post.ask-delete':
      return state.posts.some((p) => p.id === action.id && p.mine)
        ? none({ ...state, confirmDelete: action.id, focus: `confirm-${action.id}` })
        : none(state);
    case 'post.cancel-delete':
      return none({
        ...state,
        confirmDelete: undefined,
        focus: state.confirmDelete ? `post-${state.confirmDelete}` : undefined,
      });
    case 'post.delete':
      if (state.confirmDelete !== action.id) return none(state);
      return {
        state: {
          ...state,
          deleted: [...state.deleted, action.id],
          confirmDelete: undefined,
          notice: { kind: 'deleted' },
          focus: 'notice',
        },
        events: [{ event: 'post.deleted', data: { postId: action.id } }],
      };
  }
}

export function reduceSocial(state: SocialState, action: SocialAction, ctx: Ctx): Reduced<SocialState> {
  switch (action.type) {
    case 'view':
      return {
        state: {
          ...state,
          view: action.view,
          notice: undefined,
          inspecting: undefined,
          confirmDelete: undefined,
          focus: `${action.view}-heading`,
        },
        events: action.view === 'profile' ? [{ event: 'profile.opened' }] : [],
      };
    case 'privacy': {
      const setting = ctx.scenario.settings.find((s) => s.id === action.setting);
      if (
        !setting?.options.some((o) => o.id === action.value) ||
        state.settings[action.setting] === action.value
      )
        return none(state);
      return {
        state: {
          ...state,
          settings: { ...state.settings, [action.setting]: action.value },
          notice: { kind: 'saved' },
          focus: undefined,
        },
        events: [{ event: 'privacy.changed', data: { setting: action.setting, value: action.value } }],
      };
    }
    case 'request.inspect':
      return none({
        ...state,
        inspecting: state.inspecting === action.id ? undefined : action.id,
        focus: undefined,
      });
    case 'request.accept':
      return answer(state, action.id, 'accepted', ctx);
    case 'request.decline':
      return answer(state, action.id, 'declined', ctx);
    case 'undo':
      if (!state.undo) return none(state);
      return none({
        ...state,
        requests: { ...state.requests, [state.undo.requestId]: 'pending' },
        undo: undefined,
        notice: { kind: 'undone' },
        focus: `request-${state.undo.requestId}`,
      });
    case 'block':
      if (state.blocked.includes(action.accountId)) return none(state);
      return {
        state: {
          ...state,
          blocked: [...state.blocked, action.accountId],
          notice: { kind: 'blocked', name: action.name },
          focus: 'notice',
        },
        events: [{ event: 'account.blocked', data: { accountId: action.accountId } }],
      };
    case 'message.report':
      if (state.reported.includes(action.id) || !ctx.scenario.messages.some((m) => m.id === action.id))
        return none(state);
      return {
        state: {
          ...state,
          reported: [...state.reported, action.id],
          notice: { kind: 'reported' },
          focus: 'notice',
        },
        events: [{ event: 'message.reported', data: { messageId: action.id } }],
      };
    case 'draft.text':
    case 'draft.audience':
    case 'post':
    case 'post.ask-delete':
    case 'post.cancel-delete':
    case 'post.delete':
      return postAction(state, action, ctx);
  }
}
