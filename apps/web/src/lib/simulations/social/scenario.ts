import type { LocalizedText } from '@punte/course-engine';

export interface SocialScenario {
  profile: { name: string; birthday?: string; phone?: string; city?: LocalizedText };
  settings: {
    id: string;
    label: LocalizedText;
    options: { id: string; label: LocalizedText }[];
    value: string;
  }[];
  friendRequests: {
    id: string;
    name: string;
    mutualFriends: number;
    suspicious: boolean;
    note?: LocalizedText;
  }[];
  feed: { id: string; author: string; text: LocalizedText }[];
  messages: { id: string; from: string; text: LocalizedText; scam: boolean }[];
}

const list = <T>(raw: unknown): T[] => (Array.isArray(raw) ? (raw as T[]) : []);

export function parseSocialScenario(raw: Record<string, unknown>): SocialScenario {
  const profile = raw.profile as SocialScenario['profile'] | undefined;
  if (!profile?.name) throw new Error('social-privacy scenario: profile.name is missing');
  const birthday =
    (profile.birthday as unknown) instanceof Date
      ? (profile.birthday as unknown as Date).toISOString().slice(0, 10)
      : profile.birthday;
  return {
    profile: { ...profile, birthday },
    settings: list(raw.settings),
    friendRequests: list<Partial<SocialScenario['friendRequests'][number]>>(raw.friendRequests).map((r) => ({
      ...(r as SocialScenario['friendRequests'][number]),
      mutualFriends: r.mutualFriends ?? 0,
      suspicious: r.suspicious === true,
    })),
    feed: list(raw.feed),
    messages: list<Partial<SocialScenario['messages'][number]>>(raw.messages).map((m) => ({
      ...(m as SocialScenario['messages'][number]),
      scam: m.scam === true,
    })),
  };
}

/** An account id for a person known only by name (a message's sender). */
export function accountIdOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const AUDIENCES = ['public', 'friends', 'only-me'] as const;
export type Audience = (typeof AUDIENCES)[number];
