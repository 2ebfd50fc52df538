import type { LiveCardView } from './live-card-view';

/** The learners who need help now and did not at the previous update: what the live region says. */
export function newlyStuck(previous: readonly LiveCardView[], next: readonly LiveCardView[]): string[] {
  const before = new Set(previous.filter((c) => c.status === 'stuck').map((c) => c.learnerId));
  return next.filter((c) => c.status === 'stuck' && !before.has(c.learnerId)).map((c) => c.name);
}
