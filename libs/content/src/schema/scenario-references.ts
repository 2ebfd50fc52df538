/**
 * A checkpoint's `match` may name something of its scenario (a letter, a contact, a service, a
 * form field…). A name the scenario lacks makes the checkpoint unreachable, so it is reported at
 * the checkpoint's line when the content is checked, not discovered by a learner stuck in a tool.
 */
type Scenario = Record<string, unknown>;
type Known = (scenario: Scenario) => readonly unknown[] | undefined;

const ids = (key: string): Known => (s) => (Array.isArray(s[key]) ? (s[key] as { id?: unknown }[]).map((x) => x?.id) : []);
const field = (list: string, key: string): Known => (s) => (Array.isArray(s[list]) ? (s[list] as Record<string, unknown>[]).map((x) => x?.[key]) : []);
const form = (s: Scenario) => s.form as { id?: unknown; fields?: { id?: unknown }[] } | undefined;

const REFERENCES: Record<string, Record<string, Known>> = {
  email: { messageId: ids('inbox'), replyTo: ids('inbox'), fileName: field('photos', 'fileName') },
  'video-call': { contactId: ids('contacts') },
  'social-privacy': {
    requestId: ids('friendRequests'),
    postId: ids('feed'),
    messageId: ids('messages'),
    setting: ids('settings'),
    audience: () => ['public', 'friends', 'only-me'],
  },
  'e-government-portal': {
    serviceId: ids('services'),
    formId: (s) => (form(s) ? [form(s)!.id] : []),
    field: (s) => (form(s)?.fields ?? []).map((f) => f?.id),
  },
};

export interface ReferenceIssue {
  checkpoint: number;
  key: string;
  message: string;
}

export function scenarioReferenceIssues(
  tool: string,
  scenario: Scenario,
  checkpoints: readonly { match?: Record<string, unknown> }[],
): ReferenceIssue[] {
  const refs = REFERENCES[tool] ?? {};
  const issues: ReferenceIssue[] = [];
  checkpoints.forEach((c, n) => {
    for (const [key, value] of Object.entries(c.match ?? {})) {
      const known = refs[key]?.(scenario);
      if (known && !known.includes(value)) {
        issues.push({ checkpoint: n, key, message: `${key} "${String(value)}" is not in the scenario (known: ${known.join(', ') || 'none'})` });
      }
    }
    const setting = c.match?.setting;
    const value = c.match?.value;
    if (tool === 'social-privacy' && setting !== undefined && value !== undefined) {
      const s = (scenario.settings as { id?: unknown; options?: { id?: unknown }[] }[] | undefined)?.find((x) => x.id === setting);
      if (s && !(s.options ?? []).some((o) => o.id === value)) issues.push({ checkpoint: n, key: 'value', message: `value "${String(value)}" is not an option of setting ${String(setting)}` });
    }
  });
  if (tool === 'video-call') {
    const incoming = (scenario.incomingCall as { contactId?: unknown } | undefined)?.contactId;
    if (incoming !== undefined && !ids('contacts')(scenario)!.includes(incoming)) issues.push({ checkpoint: -1, key: 'incomingCall', message: `incomingCall.contactId "${String(incoming)}" is not among the contacts` });
  }
  return issues;
}
