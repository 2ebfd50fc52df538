import { barLength, formatShare, stackParts } from './bar-layout';

describe('chart geometry', () => {
  it('scales a bar to the track and never past it', () => {
    expect(barLength(3, 4)).toBe(75);
    expect(barLength(5, 4)).toBe(100);
    expect(barLength(0, 4)).toBe(0);
    expect(barLength(2, 0)).toBe(0);
    expect(barLength(Number.NaN, 4)).toBe(0);
  });

  it('stacks the parts of a bar end to end', () => {
    expect(
      stackParts(
        [
          { key: 'completed', value: 2 },
          { key: 'inProgress', value: 1 },
          { key: 'notStarted', value: 1 },
        ],
        4,
      ),
    ).toEqual([
      { key: 'completed', value: 2, x: 0, width: 50 },
      { key: 'inProgress', value: 1, x: 50, width: 25 },
      { key: 'notStarted', value: 1, x: 75, width: 25 },
    ]);
  });

  it('writes a share as a percentage in the reader language', () => {
    expect(formatShare(0.75, 'en')).toBe('75%');
    expect(formatShare(0.5, 'ro').replace(/\s/g, ' ')).toBe('50 %');
  });
});
