import type { LessonDefinition, PracticeStep, PracticeTool } from '@punte/course-engine';

export interface PathIssue {
  path: (string | number)[];
  message: string;
}

type Path = (string | number)[];

// RFC 2606 / RFC 6761: the only domains fictional data may use (learners copy what they see).
const RESERVED = /(^|\.)(example\.(org|com|net)|[a-z0-9-]+\.(example|test)|example|test)$/i;
const EMAIL = /[\w.+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;
const WEB = /\b(?:https?:\/\/|www\.)([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;

function hostsIn(text: string): { address: string; host: string }[] {
  const found: { address: string; host: string }[] = [];
  for (const re of [EMAIL, WEB])
    for (const m of text.matchAll(re)) {
      const host = (m[1] as string).toLowerCase();
      // "www.example.org" names the host itself; the regex left "www." out of the group.
      found.push({ address: m[0], host: m[0].toLowerCase().startsWith('www.') ? `www.${host}` : host });
    }
  return found;
}

/** Every string in the value, with its key path. */
function stringsIn(value: unknown, path: Path): { text: string; path: Path }[] {
  if (typeof value === 'string') return [{ text: value, path }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => stringsIn(v, [...path, k]));
}

/** E-mail and web addresses in a practice step's scenario and checkpoint data outside the reserved domains. */
function addressIssues(step: PracticeStep, path: Path): PathIssue[] {
  const strings = [
    ...stringsIn(step.scenario, [...path, 'scenario']),
    ...step.checkpoints.flatMap((c, i) => stringsIn(c.match ?? {}, [...path, 'checkpoints', i, 'match'])),
  ];
  return strings.flatMap(({ text, path: at }) =>
    hostsIn(text)
      .filter(({ host }) => !RESERVED.test(host))
      .map(({ address }) => ({
        path: at,
        message: `scenario address "${address}" is a real domain: use example.org, example.com, example.net, *.example or *.test`,
      })),
  );
}

type Scenario = Record<string, unknown>;
const list = (v: unknown): Scenario[] => (Array.isArray(v) ? (v as Scenario[]) : []);
const field = (items: Scenario[], key: string): string[] => items.map((i) => String(i[key]));

/** What a checkpoint's `match` key must name in the scenario, per tool: key → the ids (or names) that exist. */
function namesIn(tool: PracticeTool, s: Scenario, match: Record<string, unknown>): Record<string, string[]> {
  switch (tool) {
    case 'email': {
      const inbox = list(s['inbox']);
      return {
        messageId: field(inbox, 'id'),
        to: [
          ...field(list(s['contacts']), 'address'),
          ...inbox.map((m) => String((m['from'] as Scenario)?.['address'])),
        ],
        fileName: [
          ...field(list(s['photos']), 'fileName'),
          ...inbox.flatMap((m) => field(list(m['attachments']), 'fileName')),
        ],
      };
    }
    case 'video-call':
      return { contactId: field(list(s['contacts']), 'id') };
    case 'social-privacy': {
      const settings = list(s['settings']);
      const setting = settings.find((x) => x['id'] === match['setting']);
      const names: Record<string, string[]> = {
        setting: field(settings, 'id'),
        requestId: field(list(s['friendRequests']), 'id'),
        accountId: field(list(s['friendRequests']), 'id'),
        messageId: field(list(s['messages']), 'id'),
        postId: field(list(s['feed']), 'id'),
      };
      if (setting) names['value'] = field(list(setting['options']), 'id');
      return names;
    }
    case 'e-government-portal': {
      const form = (s['form'] ?? {}) as Scenario;
      return {
        serviceId: field(list(s['services']), 'id'),
        formId: form['id'] === undefined ? [] : [String(form['id'])],
        field: field(list(form['fields']), 'id'),
      };
    }
  }
}

const WHAT: Record<string, string> = {
  messageId: 'message',
  to: 'contact or sender address',
  fileName: 'photo or attachment',
  contactId: 'contact',
  setting: 'privacy setting',
  value: 'option of that setting',
  requestId: 'friend request',
  accountId: 'friend request',
  postId: 'post',
  serviceId: 'service',
  formId: 'form',
  field: 'form field',
};

/** A checkpoint whose `match` names a contact, message, form field … that its scenario does not have. */
function referenceIssues(step: PracticeStep, path: Path): PathIssue[] {
  return step.checkpoints.flatMap((c, i) =>
    Object.entries(c.match ?? {}).flatMap(([key, value]) => {
      const names = namesIn(step.tool, step.scenario, c.match ?? {})[key];
      if (!names || names.includes(String(value))) return [];
      return [
        {
          path: [...path, 'checkpoints', i, 'match', key],
          message: `checkpoint "${c.id}" waits for ${WHAT[key]} "${String(value)}", which the scenario does not have (it has: ${names.join(', ') || 'none'})`,
        },
      ];
    }),
  );
}

/** References inside the scenario itself: the incoming call's contact, each privacy setting's starting value. */
function innerReferenceIssues(step: PracticeStep, path: Path): PathIssue[] {
  const s = step.scenario;
  const issues: PathIssue[] = [];
  const call = s['incomingCall'] as Scenario | undefined;
  if (
    step.tool === 'video-call' &&
    call &&
    !field(list(s['contacts']), 'id').includes(String(call['contactId']))
  )
    issues.push({
      path: [...path, 'scenario', 'incomingCall', 'contactId'],
      message: `the incoming call comes from contact "${String(call['contactId'])}", which the scenario does not have`,
    });
  if (step.tool === 'social-privacy')
    list(s['settings']).forEach((setting, i) => {
      if (!field(list(setting['options']), 'id').includes(String(setting['value'])))
        issues.push({
          path: [...path, 'scenario', 'settings', i, 'value'],
          message: `privacy setting "${String(setting['id'])}" starts at "${String(setting['value'])}", which is not one of its options`,
        });
    });
  return issues;
}

/** Problems in a lesson's practice scenarios that would only show when a learner runs into them. */
export function scenarioIssues(lesson: LessonDefinition): PathIssue[] {
  return lesson.steps.flatMap((step, i) =>
    step.kind === 'practice'
      ? [
          ...addressIssues(step, ['steps', i]),
          ...innerReferenceIssues(step, ['steps', i]),
          ...referenceIssues(step, ['steps', i]),
        ]
      : [],
  );
}
