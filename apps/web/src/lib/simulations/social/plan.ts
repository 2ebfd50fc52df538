import type { Checkpoint } from '@punte/course-engine';
import type { ToolEvent } from '../contract';
import { interpolateSim } from '../i18n/interpolate';
import { localized, type ToolContext } from '../tool-module';
import { sp, type SocialAction } from './actions';
import { SOCIAL_LABELS } from './labels';
import { accountIdOf, AUDIENCES, type Audience, type SocialScenario } from './scenario';
import type { SocialState, SocialView } from './state';

type Ctx = ToolContext<SocialScenario>;

export function socialFacts(state: SocialState): ToolEvent[] {
  const out: ToolEvent[] = [];
  if (state.view === 'profile') out.push({ event: 'profile.opened' });
  for (const [setting, value] of Object.entries(state.settings))
    out.push({ event: 'privacy.changed', data: { setting, value } });
  for (const [requestId, s] of Object.entries(state.requests)) {
    if (s === 'accepted') out.push({ event: 'friend-request.accepted', data: { requestId } });
    if (s === 'declined') out.push({ event: 'friend-request.declined', data: { requestId } });
  }
  for (const postId of state.deleted) out.push({ event: 'post.deleted', data: { postId } });
  for (const p of state.posts)
    if (p.mine && p.audience && !state.deleted.includes(p.id))
      out.push({ event: 'post.created', data: { audience: p.audience } });
  for (const messageId of state.reported) out.push({ event: 'message.reported', data: { messageId } });
  return out;
}

const go = (state: SocialState, view: SocialView): SocialAction[] =>
  state.view === view ? [] : [sp.view(view)];

function privacyPlan(state: SocialState, c: Checkpoint, ctx: Ctx): SocialAction[] | undefined {
  const setting = ctx.scenario.settings.find((s) => s.id === c.match?.setting);
  const value = typeof c.match?.value === 'string' ? c.match.value : undefined;
  if (!setting || (value && !setting.options.some((o) => o.id === value))) return undefined;
  const target = value ?? setting.options.find((o) => o.id !== state.settings[setting.id])!.id;
  const other = setting.options.find((o) => o.id !== target)!.id;
  const steps =
    state.settings[setting.id] === target
      ? [sp.privacy(setting.id, other), sp.privacy(setting.id, target)]
      : [sp.privacy(setting.id, target)];
  return [...go(state, 'profile'), ...steps];
}

function requestPlan(
  state: SocialState,
  c: Checkpoint,
  how: 'accept' | 'decline',
): SocialAction[] | undefined {
  const id = c.match?.requestId;
  const pending = Object.entries(state.requests).find(
    ([rid, s]) => s === 'pending' && (id === undefined || rid === id),
  );
  if (!pending) return undefined;
  return [...go(state, 'requests'), how === 'accept' ? sp.accept(pending[0]) : sp.decline(pending[0])];
}

function blockPlan(state: SocialState, c: Checkpoint, ctx: Ctx): SocialAction[] | undefined {
  const want = c.match?.accountId;
  const req = ctx.scenario.friendRequests.find(
    (r) => (want === undefined ? r.suspicious : r.id === want) && !state.blocked.includes(r.id),
  );
  if (req) return [...go(state, 'requests'), sp.block(req.id, req.name)];
  const msg = ctx.scenario.messages.find(
    (m) =>
      (want === undefined ? m.scam : accountIdOf(m.from) === want) &&
      !state.blocked.includes(accountIdOf(m.from)),
  );
  return msg && [...go(state, 'messages'), sp.block(accountIdOf(msg.from), msg.from)];
}

export function planSocial(state: SocialState, c: Checkpoint, ctx: Ctx): SocialAction[] | undefined {
  switch (c.event) {
    case 'profile.opened':
      return [sp.view('profile')];
    case 'privacy.changed':
      return privacyPlan(state, c, ctx);
    case 'post.created': {
      const audience = (AUDIENCES as readonly string[]).includes(String(c.match?.audience))
        ? (c.match!.audience as Audience)
        : 'friends';
      return [
        ...go(state, 'feed'),
        sp.draftText(SOCIAL_LABELS[ctx.locale].postExample),
        sp.audience(audience),
        sp.post(),
      ];
    }
    case 'post.deleted': {
      const id = c.match?.postId ?? state.posts.find((p) => p.mine && !state.deleted.includes(p.id))?.id;
      const p = state.posts.find((x) => x.id === id && x.mine && !state.deleted.includes(x.id));
      return p && [...go(state, 'feed'), sp.askDelete(p.id), sp.confirmDelete(p.id)];
    }
    case 'friend-request.accepted':
      return requestPlan(state, c, 'accept');
    case 'friend-request.declined':
      return requestPlan(state, c, 'decline');
    case 'message.reported': {
      const id = c.match?.messageId ?? ctx.scenario.messages.find((m) => m.scam)?.id;
      if (!ctx.scenario.messages.some((m) => m.id === id) || state.reported.includes(String(id)))
        return undefined;
      return [...go(state, 'messages'), sp.report(String(id))];
    }
    case 'account.blocked':
      return blockPlan(state, c, ctx);
    default:
      return undefined;
  }
}

export function describeSocial(e: ToolEvent, _state: SocialState, ctx: Ctx): string {
  const l = SOCIAL_LABELS[ctx.locale].wrong;
  const req = ctx.scenario.friendRequests.find((r) => r.id === e.data?.requestId);
  switch (e.event) {
    case 'friend-request.accepted':
      return req?.suspicious
        ? interpolateSim(l.acceptedStranger, { name: req.name })
        : interpolateSim(l.accepted, { name: req?.name ?? '' });
    case 'friend-request.declined':
      return interpolateSim(l.declined, { name: req?.name ?? '' });
    case 'privacy.changed': {
      const s = ctx.scenario.settings.find((x) => x.id === e.data?.setting);
      const o = s?.options.find((x) => x.id === e.data?.value);
      return interpolateSim(l.privacy, {
        setting: localized(s?.label, ctx.locale),
        value: localized(o?.label, ctx.locale),
      });
    }
    case 'post.created':
      return interpolateSim(l.posted, {
        audience: SOCIAL_LABELS[ctx.locale].audiences[e.data?.audience as Audience] ?? '',
      });
    default:
      return l.other;
  }
}

export function isSocialMistake(e: ToolEvent, _state: SocialState, ctx: Ctx): boolean {
  return (
    e.event === 'friend-request.accepted' &&
    ctx.scenario.friendRequests.some((r) => r.id === e.data?.requestId && r.suspicious)
  );
}
