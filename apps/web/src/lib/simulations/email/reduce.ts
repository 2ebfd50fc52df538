import type { ToolEvent } from '../contract';
import { localized, type Reduced, type ToolContext } from '../tool-module';
import type { DraftAction, EmailAction, MessageAction } from './actions';
import { EMAIL_LABELS } from './labels';
import { SIGNUP_DOMAIN, normalizeRecipients, validAddressName, type EmailScenario } from './scenario';
import { mailById, type Draft, type DraftField, type EmailState, type Mail } from './state';

type Ctx = ToolContext<EmailScenario>;
const none = (state: EmailState): Reduced<EmailState> => ({ state, events: [] });

function updateMail(state: EmailState, id: string, change: Partial<Mail>): Mail[] {
  return state.mails.map((m) => (m.id === id ? { ...m, ...change } : m));
}

function signup(state: EmailState): Reduced<EmailState> {
  const { name, password, repeat } = state.signup;
  const error = !validAddressName(name)
    ? 'name'
    : password.length < 8
      ? 'short'
      : password !== repeat
        ? 'mismatch'
        : undefined;
  if (error)
    return none({
      ...state,
      signup: { ...state.signup, error },
      focus: `signup-${error === 'name' ? 'name' : error === 'short' ? 'password' : 'repeat'}`,
    });
  const address = `${name.trim().toLowerCase()}@${SIGNUP_DOMAIN}`;
  const displayName = address.split('@')[0] ?? address;
  return {
    state: {
      ...state,
      account: { address, displayName },
      signup: { name, password: '', repeat: '' },
      view: { kind: 'home' },
      mails: state.mails.map((m) => ({ ...m, to: address })),
      focus: 'home',
    },
    events: [{ event: 'account.created', data: { address } }],
  };
}

function openMessage(state: EmailState, id: string): Reduced<EmailState> {
  const mail = mailById(state, id);
  if (!mail) return none(state);
  return {
    state: {
      ...state,
      folder: mail.folder,
      view: { kind: 'message', id },
      mails: updateMail(state, id, { read: true }),
      focus: 'message-heading',
      notice: undefined,
    },
    events: [{ event: 'message.opened', data: { messageId: id } }],
  };
}

function startReply(state: EmailState, mode: Draft['mode'], ctx: Ctx): Reduced<EmailState> {
  const mail = state.view.kind === 'message' ? mailById(state, state.view.id) : undefined;
  if (!mail) return none(state);
  const l = EMAIL_LABELS[ctx.locale];
  const subject = localized(mail.subject, ctx.locale);
  const own = state.account?.address;
  const others = mail.to.split(', ').filter((a) => a && a !== own);
  const to =
    mode === 'forward'
      ? ''
      : mode === 'reply-all'
        ? [mail.from.address, ...others].join(', ')
        : mail.from.address;
  const prefix = mode === 'forward' ? l.forwardPrefix : l.replyPrefix;
  const draft: Draft = {
    mode,
    source: mail.id,
    to,
    subject: `${prefix} ${subject}`,
    body: '',
    attachments: mode === 'forward' ? [...mail.attachments] : [],
    committed: {},
  };
  const event =
    mode === 'forward'
      ? { event: 'compose.opened' }
      : { event: 'message.replied', data: { messageId: mail.id } };
  return {
    state: {
      ...state,
      view: { kind: 'compose' },
      draft,
      focus: mode === 'forward' ? 'draft-to' : 'draft-body',
    },
    events: [event],
  };
}

/** Reports a field the learner has finished (left, or sent): only a valid address, only non-empty text. */
function commitField(draft: Draft, field: DraftField): { draft: Draft; events: ToolEvent[] } {
  const value = draft[field].trim();
  if (field === 'to') {
    if (!value) return { draft, events: [] };
    const to = normalizeRecipients(value);
    if (!to) return { draft: { ...draft, error: 'to-format' }, events: [] };
    if (draft.committed.to === to) return { draft: { ...draft, error: undefined }, events: [] };
    return {
      draft: { ...draft, error: undefined, committed: { ...draft.committed, to } },
      events: [{ event: 'recipient.entered', data: { to } }],
    };
  }
  if (!value || draft.committed[field] === value) return { draft, events: [] };
  const committed = { ...draft.committed, [field]: value };
  return {
    draft: { ...draft, committed },
    events: [
      field === 'subject'
        ? { event: 'subject.entered', data: { subject: value } }
        : { event: 'body.entered' },
    ],
  };
}

function send(state: EmailState): Reduced<EmailState> {
  const draft0 = state.draft;
  if (!draft0) return none(state);
  if (!draft0.to.trim())
    return none({ ...state, draft: { ...draft0, error: 'to-empty' }, focus: 'draft-to' });
  const to = normalizeRecipients(draft0.to);
  if (!to) return none({ ...state, draft: { ...draft0, error: 'to-format' }, focus: 'draft-to' });
  const events: ToolEvent[] = [];
  let draft = draft0;
  for (const f of ['to', 'subject', 'body'] as const) {
    const r = commitField(draft, f);
    draft = r.draft;
    events.push(...r.events);
  }
  const n = state.sentCount + 1;
  const mail: Mail = {
    id: `sent-${n}`,
    folder: 'sent',
    from: { name: state.account?.displayName ?? '', address: state.account?.address ?? '' },
    to,
    subject: draft.subject,
    body: draft.body,
    receivedAt: new Date(0).toISOString(),
    attachments: draft.attachments,
    scam: false,
    read: true,
    reported: false,
  };
  const data: Record<string, string | boolean> = { to, hasAttachment: draft.attachments.length > 0 };
  if (draft.source && draft.mode !== 'forward') data.replyTo = draft.source;
  events.push({ event: 'message.sent', data });
  return {
    state: {
      ...state,
      mails: [...state.mails, mail],
      sentCount: n,
      draft: undefined,
      pictures: false,
      folder: 'sent',
      view: { kind: 'folder' },
      notice: { kind: 'sent', id: mail.id },
      focus: 'notice',
    },
    events,
  };
}

function moveOpen(state: EmailState, to: 'bin' | 'spam', notice: 'deleted' | 'spam'): Reduced<EmailState> {
  const mail = state.view.kind === 'message' ? mailById(state, state.view.id) : undefined;
  if (!mail || mail.folder === to) return none(state);
  const next: EmailState = {
    ...state,
    mails: updateMail(state, mail.id, { folder: to, before: mail.folder }),
    view: { kind: 'folder' },
    folder: mail.folder,
    notice: { kind: notice, id: mail.id },
    undo: { id: mail.id, folder: mail.folder },
    focus: 'notice',
  };
  return {
    state: next,
    events: to === 'bin' ? [{ event: 'message.deleted', data: { messageId: mail.id } }] : [],
  };
}

function putBack(state: EmailState, id: string, notice: 'restored' | 'not-spam'): Reduced<EmailState> {
  const mail = mailById(state, id);
  if (!mail) return none(state);
  const folder = mail.before ?? 'inbox';
  return none({
    ...state,
    mails: updateMail(state, id, { folder, before: undefined }),
    view: { kind: 'folder' },
    folder: state.folder,
    notice: { kind: notice, id },
    undo: undefined,
    focus: 'notice',
  });
}

function draftAction(state: EmailState, action: DraftAction): Reduced<EmailState> {
  const draft = state.draft;
  if (!draft) return none(state);
  switch (action.type) {
    case 'draft.field':
      return none({
        ...state,
        draft: {
          ...draft,
          [action.field]: action.value,
          error: action.field === 'to' ? undefined : draft.error,
        },
        focus: undefined,
      });
    case 'draft.commit': {
      const r = commitField(draft, action.field);
      return { state: { ...state, draft: r.draft, focus: undefined }, events: r.events };
    }
    case 'draft.contact': {
      const list =
        draft.to.trim() && normalizeRecipients(draft.to)
          ? `${draft.to.trim()}, ${action.address}`
          : action.address;
      const r = commitField({ ...draft, to: list }, 'to');
      return { state: { ...state, draft: r.draft, focus: 'draft-to' }, events: r.events };
    }
    case 'pictures.open':
      return none({ ...state, pictures: true, focus: 'pictures-heading' });
    case 'pictures.close':
      return none({ ...state, pictures: false, focus: 'attach' });
    case 'attach':
      if (draft.attachments.includes(action.fileName))
        return none({ ...state, pictures: false, focus: 'attach' });
      return {
        state: {
          ...state,
          pictures: false,
          draft: { ...draft, attachments: [...draft.attachments, action.fileName] },
          focus: 'attach',
        },
        events: [{ event: 'attachment.added', data: { fileName: action.fileName } }],
      };
    case 'detach':
      return none({
        ...state,
        draft: { ...draft, attachments: draft.attachments.filter((f) => f !== action.fileName) },
        focus: 'attach',
      });
    case 'draft.send':
      return send(state);
    case 'draft.discard':
      return none({
        ...state,
        draft: undefined,
        pictures: false,
        view: { kind: 'folder' },
        notice: { kind: 'discarded' },
        focus: 'notice',
      });
  }
}

function messageAction(state: EmailState, action: MessageAction, ctx: Ctx): Reduced<EmailState> {
  const id = state.view.kind === 'message' || state.view.kind === 'link' ? state.view.id : undefined;
  const mail = mailById(state, id);
  if (!mail) return none(state);
  switch (action.type) {
    case 'message.close':
      return none({ ...state, view: { kind: 'folder' }, folder: mail.folder, focus: `row-${mail.id}` });
    case 'message.reply':
      return startReply(state, action.mode, ctx);
    case 'message.delete':
      return moveOpen(state, 'bin', 'deleted');
    case 'message.spam':
      return mail.folder === 'spam' ? putBack(state, mail.id, 'not-spam') : moveOpen(state, 'spam', 'spam');
    case 'message.restore':
      return putBack(state, mail.id, 'restored');
    case 'message.report':
      if (mail.reported) return none(state);
      return {
        state: {
          ...state,
          mails: updateMail(state, mail.id, { reported: true }),
          notice: { kind: 'reported', id: mail.id },
          focus: 'notice',
        },
        events: [{ event: 'message.reported-scam', data: { messageId: mail.id } }],
      };
    case 'link.open':
      if (!mail.scam) return none(state);
      return {
        state: { ...state, view: { kind: 'link', id: mail.id }, focus: 'link-heading' },
        events: [{ event: 'link.clicked', data: { messageId: mail.id } }],
      };
  }
}

export function reduceEmail(state: EmailState, action: EmailAction, ctx: Ctx): Reduced<EmailState> {
  switch (action.type) {
    case 'signup.field':
      return none({
        ...state,
        signup: { ...state.signup, [action.field]: action.value, error: undefined },
        focus: undefined,
      });
    case 'signup.submit':
      return state.account ? none(state) : signup(state);
    case 'folder.open':
      if (!state.account) return none(state);
      return {
        state: {
          ...state,
          folder: action.folder,
          view: { kind: 'folder' },
          pictures: false,
          notice: undefined,
          focus: 'folder-heading',
        },
        events: action.folder === 'inbox' ? [{ event: 'inbox.opened' }] : [],
      };
    case 'message.open':
      return state.account ? openMessage(state, action.id) : none(state);
    case 'compose.open': {
      if (!state.account) return none(state);
      const draft = state.draft ?? {
        mode: 'new',
        to: '',
        subject: '',
        body: '',
        attachments: [],
        committed: {},
      };
      return {
        state: { ...state, draft, view: { kind: 'compose' }, notice: undefined, focus: 'draft-to' },
        events: [{ event: 'compose.opened' }],
      };
    }
    case 'undo':
      return state.undo
        ? putBack(
            { ...state, mails: updateMail(state, state.undo.id, { before: state.undo.folder }) },
            state.undo.id,
            'restored',
          )
        : none(state);
    case 'message.close':
    case 'message.reply':
    case 'message.delete':
    case 'message.restore':
    case 'message.spam':
    case 'message.report':
    case 'link.open':
      return messageAction(state, action, ctx);
    case 'draft.field':
    case 'draft.commit':
    case 'draft.contact':
    case 'pictures.open':
    case 'pictures.close':
    case 'attach':
    case 'detach':
    case 'draft.send':
    case 'draft.discard':
      return draftAction(state, action);
  }
}
