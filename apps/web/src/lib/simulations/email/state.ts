import type { LocalizedText } from '@punte/course-engine';
import type { ToolContext } from '../tool-module';
import type { EmailScenario } from './scenario';

export type Folder = 'inbox' | 'sent' | 'spam' | 'bin';
export const FOLDERS: readonly Folder[] = ['inbox', 'sent', 'spam', 'bin'];

export interface Mail {
  id: string;
  folder: Folder;
  /** Where a letter in the bin or spam came from, for "restore" and "not spam". */
  before?: Folder;
  from: { name: string; address: string };
  to: string;
  subject: LocalizedText | string;
  body: LocalizedText | string;
  receivedAt: string;
  attachments: string[];
  scam: boolean;
  read: boolean;
  reported: boolean;
}

export type DraftField = 'to' | 'subject' | 'body';

export interface Draft {
  mode: 'new' | 'reply' | 'reply-all' | 'forward';
  /** The letter answered or forwarded. */
  source?: string;
  to: string;
  subject: string;
  body: string;
  attachments: string[];
  /** What was last reported for each field, so a field is reported again only when it changes. */
  committed: Partial<Record<DraftField, string>>;
  error?: 'to-empty' | 'to-format';
}

export type View =
  | { kind: 'signup' }
  | { kind: 'home' }
  | { kind: 'folder' }
  | { kind: 'message'; id: string }
  | { kind: 'compose' }
  | { kind: 'link'; id: string };

export type Notice = 'sent' | 'deleted' | 'restored' | 'spam' | 'not-spam' | 'discarded' | 'reported';

export interface EmailState {
  v: 1;
  tool: 'email';
  account?: { address: string; displayName: string };
  signup: { name: string; password: string; repeat: string; error?: 'name' | 'short' | 'mismatch' };
  folder: Folder;
  view: View;
  mails: Mail[];
  draft?: Draft;
  pictures: boolean;
  notice?: { kind: Notice; id?: string };
  /** The last move that "undo" takes back (delete, spam). */
  undo?: { id: string; folder: Folder };
  focus?: string;
  sentCount: number;
}

export function initEmail({ scenario }: ToolContext<EmailScenario>): EmailState {
  return {
    v: 1,
    tool: 'email',
    account: scenario.account,
    signup: { name: '', password: '', repeat: '' },
    folder: 'inbox',
    view: scenario.account ? { kind: 'home' } : { kind: 'signup' },
    mails: scenario.inbox.map((m) => ({
      id: m.id,
      folder: 'inbox',
      from: m.from,
      to: scenario.account?.address ?? '',
      subject: m.subject,
      body: m.body,
      receivedAt: m.receivedAt,
      attachments: m.attachments.map((a) => a.fileName),
      scam: m.scam,
      read: false,
      reported: false,
    })),
    pictures: false,
    sentCount: 0,
  };
}

/** A scenario's letter as saved: only what the learner can change; its text comes from the scenario. */
type SavedMail = Mail | (Pick<Mail, 'id' | 'folder' | 'before' | 'read' | 'reported'> & { scenario: true });

export function restoreEmail(saved: unknown, ctx: ToolContext<EmailScenario>): EmailState | undefined {
  if (!saved || typeof saved !== 'object') return undefined;
  const s = saved as Partial<EmailState> & { mails?: SavedMail[] };
  if (s.v !== 1 || s.tool !== 'email' || !Array.isArray(s.mails) || !s.view || !s.signup) return undefined;
  const original = new Map(initEmail(ctx).mails.map((m) => [m.id, m]));
  const mails: Mail[] = [];
  for (const m of s.mails) {
    if (!('scenario' in m)) mails.push(m);
    else {
      const from = original.get(m.id);
      if (!from) return undefined;
      const { scenario: _scenario, ...changed } = m;
      mails.push({ ...from, ...changed });
    }
  }
  return { ...(s as EmailState), mails };
}

/**
 * What is kept with the lesson: the scenario's letters as their state only (the lesson's events
 * are small), the learner's own letters whole. Passwords typed in the practice sign-up never leave the page.
 */
export function persistEmail(state: EmailState, ctx: ToolContext<EmailScenario>): unknown {
  const fromScenario = new Set(ctx.scenario.inbox.map((m) => m.id));
  const mails: SavedMail[] = state.mails.map((m) =>
    fromScenario.has(m.id)
      ? {
          id: m.id,
          folder: m.folder,
          ...(m.before ? { before: m.before } : {}),
          read: m.read,
          reported: m.reported,
          scenario: true,
        }
      : m,
  );
  return { ...state, mails, signup: { ...state.signup, password: '', repeat: '' } };
}

export function mailById(state: EmailState, id: string | undefined): Mail | undefined {
  return state.mails.find((m) => m.id === id);
}
