/** A session as attendance sees it: when it happened. */
export interface AttendanceSession {
  id: string;
  startsAt: Date;
  endsAt: Date;
}

/** One moment a learner did something (an event the server received), by learner. */
export interface LearnerActivity {
  learnerId: string;
  at: Date;
}

/** The trainer's word on one learner in one session; it wins over what activity suggests. */
export interface AttendanceMark {
  sessionId: string;
  learnerId: string;
  present: boolean;
}

export type AttendanceStatus = 'present' | 'absent' | 'upcoming';

export interface AttendanceEntry {
  sessionId: string;
  learnerId: string;
  status: AttendanceStatus;
  /** Who decided: the learner's activity, or the trainer who corrected it. */
  source: 'activity' | 'trainer' | 'none';
}

export interface AttendanceOptions {
  now: Date;
  /** Activity this long before the start or after the end still counts (learners arrive early, stay late). */
  graceMs?: number;
}

export const DEFAULT_ATTENDANCE_GRACE_MS = 15 * 60_000;

/**
 * Present when the learner did something during the session window; the trainer's mark overrides
 * either way (someone who came but only listened, a shared computer used under another name).
 * A session that has not started yet has no status unless the trainer already marked it.
 */
export function deriveAttendance(
  sessions: readonly AttendanceSession[],
  learnerIds: readonly string[],
  activity: readonly LearnerActivity[],
  marks: readonly AttendanceMark[],
  options: AttendanceOptions,
): AttendanceEntry[] {
  const grace = options.graceMs ?? DEFAULT_ATTENDANCE_GRACE_MS;
  const markOf = new Map(marks.map((m) => [`${m.sessionId}|${m.learnerId}`, m.present]));
  const timesOf = groupTimes(activity);
  const entries: AttendanceEntry[] = [];
  for (const session of sessions) {
    const from = session.startsAt.getTime() - grace;
    const to = session.endsAt.getTime() + grace;
    const started = session.startsAt.getTime() <= options.now.getTime();
    for (const learnerId of learnerIds) {
      const mark = markOf.get(`${session.id}|${learnerId}`);
      if (mark !== undefined) {
        entries.push({
          sessionId: session.id,
          learnerId,
          status: mark ? 'present' : 'absent',
          source: 'trainer',
        });
      } else if (!started) {
        entries.push({ sessionId: session.id, learnerId, status: 'upcoming', source: 'none' });
      } else {
        const active = activeBetween(timesOf.get(learnerId) ?? [], from, to);
        entries.push({
          sessionId: session.id,
          learnerId,
          status: active ? 'present' : 'absent',
          source: 'activity',
        });
      }
    }
  }
  return entries;
}

/** Each learner's activity times, sorted, so a session window is one binary search. */
function groupTimes(activity: readonly LearnerActivity[]): Map<string, number[]> {
  const byLearner = new Map<string, number[]>();
  for (const { learnerId, at } of activity) {
    const times = byLearner.get(learnerId) ?? [];
    times.push(at.getTime());
    byLearner.set(learnerId, times);
  }
  for (const times of byLearner.values()) times.sort((a, b) => a - b);
  return byLearner;
}

function activeBetween(sortedTimes: readonly number[], from: number, to: number): boolean {
  let low = 0;
  let high = sortedTimes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sortedTimes[mid] < from) low = mid + 1;
    else high = mid;
  }
  return low < sortedTimes.length && sortedTimes[low] <= to;
}

export interface AttendanceTotals {
  learnerId: string;
  present: number;
  /** Sessions that have started (or were marked): what "present" is out of. */
  held: number;
}

/** Per learner: sessions attended out of sessions held. */
export function attendanceTotals(
  entries: readonly AttendanceEntry[],
  learnerIds: readonly string[],
): AttendanceTotals[] {
  const totals = new Map(learnerIds.map((id) => [id, { learnerId: id, present: 0, held: 0 }]));
  for (const entry of entries) {
    const total = totals.get(entry.learnerId);
    if (!total || entry.status === 'upcoming') continue;
    total.held += 1;
    if (entry.status === 'present') total.present += 1;
  }
  return [...totals.values()];
}
