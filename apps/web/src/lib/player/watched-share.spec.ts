import { watchedShareOf } from './watched-share';

const ranges = (...pairs: [number, number][]) => ({
  length: pairs.length,
  start: (i: number) => pairs[i]![0],
  end: (i: number) => pairs[i]![1],
});

describe('the share of a video watched', () => {
  it('adds up the parts played, so skipping ahead does not count', () => {
    expect(watchedShareOf(ranges([0, 10], [50, 60]), 100, 90)).toBeCloseTo(0.2);
  });

  it('measures against the step’s duration when the file does not know its own', () => {
    expect(watchedShareOf(ranges([0, 3]), Infinity, 4)).toBeCloseTo(0.75);
    expect(watchedShareOf(ranges([0, 3]), NaN, 4)).toBeCloseTo(0.75);
  });

  it('never passes 1 and is 0 without any duration', () => {
    expect(watchedShareOf(ranges([0, 5]), 4, 4)).toBe(1);
    expect(watchedShareOf(ranges([0, 5]), NaN, 0)).toBe(0);
  });
});
