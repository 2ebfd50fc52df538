import type { Checkpoint } from '@punte/course-engine';
import type { ToolEvent } from '../contract';
import { interpolateSim } from '../i18n/interpolate';
import type { ToolContext } from '../tool-module';
import { act, type EmailAction } from './actions';
import { EMAIL_LABELS } from './labels';
import { normalizeRecipients, type EmailScenario } from './scenario';
import { mailById, type EmailState } from './state';

type Ctx = ToolContext<EmailScenario>;
/** The practice password "show me" types; never a real one. */
const DEMO_PASSWORD = 'practice-only-2026';

export function emailFacts(state: EmailState): ToolEvent[] {
  const out: ToolEvent[] = [];
  if (state.view.kind === 'folder' && state.folder === 'inbox') out.push({ event: 'inbox.opened' });
  if (state.view.kind === 'message')
    out.push({ event: 'message.opened', data: { messageId: state.view.id } });
  const d = state.view.kind === 'compose' ? state.draft : undefined;
  if (!d) return out;
  out.push(
    d.mode === 'reply' || d.mode === 'reply-all'
      ? { event: 'message.replied', data: { messageId: d.source ?? '' } }
      : { event: 'compose.opened' },
  );
  if (d.committed.to) out.push({ event: 'recipient.entered', data: { to: d.committed.to } });
  if (d.committed.subject) out.push({ event: 'subject.entered', data: { subject: d.committed.subject } });
  if (d.committed.body) out.push({ event: 'body.entered' });
  for (const fileName of d.attachments) out.push({ event: 'attachment.added', data: { fileName } });
  return out;
}

function signupPlan(state: EmailState, ctx: Ctx): EmailAction[] {
  if (state.account) return [];
  const name = ctx.scenario.signup?.suggestedAddress ?? 'maria.popescu';
  return [
    act.signupField('name', name),
    act.signupField('password', DEMO_PASSWORD),
    act.signupField('repeat', DEMO_PASSWORD),
    act.signupSubmit(),
  ];
}

function openPlan(state: EmailState, id: string): EmailAction[] | undefined {
  const mail = mailById(state, id);
  if (!mail) return undefined;
  if (state.view.kind === 'message' && state.view.id === id) return [];
  if (state.view.kind === 'folder' && state.folder === mail.folder) return [act.openMessage(id)];
  return [act.openFolder(mail.folder), act.openMessage(id)];
}

/** The letter a checkpoint is about: the one it names, else the one open, else the first received. */
function messageOf(state: EmailState, c: Checkpoint): string | undefined {
  const named = c.match?.messageId ?? c.match?.replyTo;
  if (typeof named === 'string') return named;
  if (state.view.kind === 'message') return state.view.id;
  return state.mails.find((m) => m.folder === 'inbox')?.id;
}

function composePlan(state: EmailState): EmailAction[] {
  return state.view.kind === 'compose' ? [] : [act.compose()];
}

function fill(field: 'to' | 'subject' | 'body', value: string): EmailAction[] {
  return [act.field(field, value), act.commit(field)];
}

function sendPlan(state: EmailState, c: Checkpoint, ctx: Ctx): EmailAction[] | undefined {
  const l = EMAIL_LABELS[ctx.locale];
  const replyTo = c.match?.replyTo;
  const steps: EmailAction[] = [];
  if (typeof replyTo === 'string' && state.draft?.source !== replyTo) {
    const open = openPlan(state, replyTo);
    if (!open) return undefined;
    steps.push(...open, act.reply('reply'));
  } else steps.push(...composePlan(state));
  const draft = state.draft;
  const to =
    typeof c.match?.to === 'string'
      ? c.match.to
      : draft?.to || ctx.scenario.contacts[0]?.address || ctx.scenario.inbox[0]?.from.address;
  if (!to) return undefined;
  if (normalizeRecipients(draft?.to ?? '') !== normalizeRecipients(to)) steps.push(...fill('to', to));
  if (!draft?.subject.trim() && typeof replyTo !== 'string') steps.push(...fill('subject', l.subjectExample));
  if (!draft?.body.trim()) steps.push(...fill('body', draft?.source ? l.replyExample : l.bodyExample));
  const has = (draft?.attachments.length ?? 0) > 0;
  if (c.match?.hasAttachment === true && !has) {
    const photo = ctx.scenario.photos[0];
    if (!photo) return undefined;
    steps.push(act.openPictures(), act.attach(photo.fileName));
  }
  if (c.match?.hasAttachment === false) for (const f of draft?.attachments ?? []) steps.push(act.detach(f));
  return [...steps, act.send()];
}

function onMessage(state: EmailState, c: Checkpoint, then: EmailAction[]): EmailAction[] | undefined {
  const id = messageOf(state, c);
  const open = id ? openPlan(state, id) : undefined;
  return open && [...open, ...then];
}

function planFromAccount(state: EmailState, c: Checkpoint, ctx: Ctx): EmailAction[] | undefined {
  const l = EMAIL_LABELS[ctx.locale];
  switch (c.event) {
    case 'inbox.opened':
      return [act.openFolder('inbox')];
    case 'message.opened':
      return onMessage(state, c, []);
    case 'message.replied':
      return onMessage(state, c, [act.reply('reply')]);
    case 'message.reported-scam':
      return onMessage(state, c, [act.report()]);
    case 'message.deleted':
      return onMessage(state, c, [act.remove()]);
    case 'link.clicked':
      return onMessage(state, c, [act.openLink()]);
    case 'compose.opened':
      return [act.compose()];
    case 'recipient.entered': {
      const to = typeof c.match?.to === 'string' ? c.match.to : ctx.scenario.contacts[0]?.address;
      return to ? [...composePlan(state), ...fill('to', to)] : undefined;
    }
    case 'subject.entered':
      return [
        ...composePlan(state),
        ...fill('subject', typeof c.match?.subject === 'string' ? c.match.subject : l.subjectExample),
      ];
    case 'body.entered':
      return [...composePlan(state), ...fill('body', state.draft?.source ? l.replyExample : l.bodyExample)];
    case 'attachment.added': {
      const name =
        typeof c.match?.fileName === 'string' ? c.match.fileName : ctx.scenario.photos[0]?.fileName;
      if (!name || !ctx.scenario.photos.some((p) => p.fileName === name)) return undefined;
      return [...composePlan(state), act.openPictures(), act.attach(name)];
    }
    case 'message.sent':
      return sendPlan(state, c, ctx);
    default:
      return undefined;
  }
}

export function planEmail(state: EmailState, c: Checkpoint, ctx: Ctx): EmailAction[] | undefined {
  if (c.event === 'account.created') return state.account ? undefined : signupPlan(state, ctx);
  const first = signupPlan(state, ctx);
  // Plans are made from the state after sign-up; before it, the letters are not yet shown.
  const rest = planFromAccount(state, c, ctx);
  return rest && [...first, ...rest];
}

export function describeEmail(e: ToolEvent, state: EmailState, ctx: Ctx): string {
  const l = EMAIL_LABELS[ctx.locale].wrong;
  const mail = mailById(state, String(e.data?.messageId ?? ''));
  switch (e.event) {
    case 'message.opened':
      return interpolateSim(l.opened, { name: mail?.from.name ?? '' });
    case 'message.replied':
      return interpolateSim(l.replied, { name: mail?.from.name ?? '' });
    case 'message.deleted':
      return l.deleted;
    case 'message.reported-scam':
      return l.reportedNotScam;
    case 'link.clicked':
      return l.linkClicked;
    case 'recipient.entered':
      return interpolateSim(l.recipient, { to: String(e.data?.to ?? '') });
    case 'message.sent':
      return interpolateSim(l.sent, { to: String(e.data?.to ?? '') });
    case 'attachment.added':
      return interpolateSim(l.attachment, { file: String(e.data?.fileName ?? '') });
    default:
      return l.other;
  }
}
