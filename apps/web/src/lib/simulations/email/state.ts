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

export function restoreEmail(saved: unknown): EmailState | undefined {
  if (!saved || typeof saved !== 'object') return undefined;
  const s = saved as Partial<EmailState>;
  if (s.v !== 1 || s.tool !== 'email' || !Array.isArray(s.mails) || !s.view || !s.signup) return undefined;
  return s as EmailState;
}

/** Passwords typed in the practice sign-up never leave the page. */
export function persistEmail(state: EmailState): EmailState {
  return { ...state, signup: { ...state.signup, password: '', repeat: '' } };
}

export function mailById(state: EmailState, id: string | undefined): Mail | undefined {
  return state.mails.find((m) => m.id === id);
}
