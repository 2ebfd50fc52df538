import type { LocalizedText } from '@punte/course-engine';

export interface VideoContact {
  id: string;
  name: string;
  relation?: LocalizedText;
  online: boolean;
  /** False: not yet in the learner's contacts (a task adds them). */
  saved: boolean;
}

export interface VideoScenario {
  self: { name: string };
  contacts: VideoContact[];
  incomingCall?: { contactId: string };
  settings: { camera: boolean; microphone: boolean };
}

export function parseVideoScenario(raw: Record<string, unknown>): VideoScenario {
  const self = raw.self as VideoScenario['self'] | undefined;
  if (!self?.name) throw new Error('video-call scenario: self.name is missing');
  if (!Array.isArray(raw.contacts)) throw new Error('video-call scenario: contacts must be a list');
  const contacts = (raw.contacts as Partial<VideoContact>[]).map((c) => ({
    ...(c as VideoContact),
    online: c.online !== false,
    saved: c.saved !== false,
  }));
  const incoming = raw.incomingCall as VideoScenario['incomingCall'];
  if (incoming && !contacts.some((c) => c.id === incoming.contactId))
    throw new Error(
      `video-call scenario: the incoming call's contact ${incoming.contactId} is not among the contacts`,
    );
  return {
    self,
    contacts,
    incomingCall: incoming,
    settings: (raw.settings as VideoScenario['settings']) ?? { camera: true, microphone: true },
  };
}

export function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((p) => p[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}
