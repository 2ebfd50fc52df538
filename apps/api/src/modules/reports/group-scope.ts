/** The group a report or live view is about, as the groups module knows it (access already checked). */
export interface GroupScope {
  groupId: string;
  courseSlugs: string[];
  members: { learnerId: string; name: string }[];
  /** The library's zone: dates in exports are its local time. */
  timeZone: string;
  /** The group's own "no progress for this long" for the live view; the engine's default otherwise. */
  stuckAfterMs?: number;
}
