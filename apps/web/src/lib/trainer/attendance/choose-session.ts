/** A session as the attendance page reads it (the API's GroupSessionModel). */
export interface SessionView {
  date: string;
  /** DateTime scalar: an ISO string over the wire */
  startsAt: unknown;
  attendance: {
    learnerId: string;
    status: 'present' | 'absent' | 'upcoming';
    source: 'activity' | 'trainer' | 'none';
  }[];
}

/**
 * The session the page opens on: the one asked for, else the latest that has begun (the one in
 * the room now, or just over), else the first to come.
 */
export function chooseSession<T extends SessionView>(
  sessions: readonly T[],
  asked: string | null,
  now: Date,
): T | null {
  if (asked) {
    const found = sessions.find((s) => s.date === asked);
    if (found) return found;
  }
  const begun = sessions.filter((s) => new Date(String(s.startsAt)).getTime() <= now.getTime());
  return begun.at(-1) ?? sessions[0] ?? null;
}

/** One row per current member, in the roster's order; a member the session does not list is "upcoming". */
export function sheetRows(session: SessionView, members: readonly { id: string; name: string }[]) {
  const byLearner = new Map(session.attendance.map((entry) => [entry.learnerId, entry]));
  return members.map((member) => {
    const entry = byLearner.get(member.id);
    return {
      learnerId: member.id,
      name: member.name,
      status: entry?.status ?? ('upcoming' as const),
      source: entry?.source ?? ('none' as const),
    };
  });
}
