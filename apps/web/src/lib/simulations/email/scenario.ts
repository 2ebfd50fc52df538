import type { LocalizedText } from '@punte/course-engine';

export interface ScenarioMail {
  id: string;
  from: { name: string; address: string };
  subject: LocalizedText;
  body: LocalizedText;
  receivedAt: string;
  attachments: { fileName: string; kind: string }[];
  scam: boolean;
  scamSigns: LocalizedText[];
}

export interface EmailScenario {
  account?: { address: string; displayName: string };
  signup?: { suggestedAddress: string };
  inbox: ScenarioMail[];
  contacts: { id: string; name: string; address: string }[];
  photos: { fileName: string; alt: LocalizedText; src?: string }[];
}

/** The domain of addresses made in the practice sign-up (reserved for examples, RFC 2606). */
export const SIGNUP_DOMAIN = 'example.org';

function list<T>(raw: unknown, what: string): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw new Error(`e-mail scenario: ${what} must be a list`);
  return raw as T[];
}

/** The content schema has checked the shape; this fills defaults and makes dates plain strings. */
export function parseEmailScenario(raw: Record<string, unknown>): EmailScenario {
  const inbox = list<Record<string, unknown>>(raw.inbox, 'inbox').map((m) => {
    if (typeof m.id !== 'string') throw new Error('e-mail scenario: every inbox message needs an id');
    const received = m.receivedAt instanceof Date ? m.receivedAt.toISOString() : String(m.receivedAt ?? '');
    return {
      ...(m as unknown as ScenarioMail),
      receivedAt: received,
      attachments: list<ScenarioMail['attachments'][number]>(m.attachments, 'attachments'),
      scam: m.scam === true,
      scamSigns: list<ScenarioMail['scamSigns'][number]>(m.scamSigns, 'scamSigns'),
    };
  });
  return {
    account: raw.account as EmailScenario['account'],
    signup: raw.signup as EmailScenario['signup'],
    inbox,
    contacts: list(raw.contacts, 'contacts'),
    photos: list(raw.photos, 'photos'),
  };
}

const ADDRESS = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** Addresses separated by commas or semicolons, trimmed and lower-cased; undefined if one is malformed. */
export function normalizeRecipients(value: string): string | undefined {
  const parts = value
    .split(/[,;]/)
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  if (!parts.length || !parts.every((p) => ADDRESS.test(p))) return undefined;
  return parts.join(', ');
}

/** The name part of a new address: letters, digits, dots, hyphens and underscores, 3 to 40 of them. */
export function validAddressName(name: string): boolean {
  return /^[a-z0-9](?:[a-z0-9._-]{1,38})[a-z0-9]$/.test(name.trim().toLowerCase());
}

/** A scam's link points at its sender's domain: that is what hovering or focusing it reveals. */
export function scamLinkTarget(mail: { from: { address: string } }): string {
  const domain = mail.from.address.split('@')[1] ?? 'example.org';
  return `http://${domain}/card-check`;
}
