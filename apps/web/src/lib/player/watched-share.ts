/** The parts of a video played so far (a `TimeRanges`). */
export interface PlayedRanges {
  length: number;
  start(index: number): number;
  end(index: number): number;
}

/**
 * Share of the video actually played, 0..1: skipping ahead does not count. A file without a
 * known duration (some WebM recordings report Infinity) is measured against the step's duration.
 */
export function watchedShareOf(played: PlayedRanges, duration: number, declaredSeconds: number): number {
  const total = Number.isFinite(duration) && duration > 0 ? duration : declaredSeconds;
  if (!(total > 0)) return 0;
  let seconds = 0;
  for (let i = 0; i < played.length; i++) seconds += Math.max(0, played.end(i) - played.start(i));
  return Math.min(1, seconds / total);
}
