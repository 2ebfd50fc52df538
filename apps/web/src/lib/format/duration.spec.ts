import { formatDuration } from './duration';

describe('formatting an estimated time', () => {
  it('writes hours and minutes as words in Romanian', () => {
    expect(formatDuration(90, 'ro')).toBe('1 oră și 30 de minute');
  });

  it('agrees numbers with nouns in Ukrainian', () => {
    expect(formatDuration(125, 'uk')).toBe('2 години і 5 хвилин');
  });

  it('omits zero minutes for whole hours', () => {
    expect(formatDuration(120, 'en')).toBe('2 hours');
  });

  it('shows minutes only under an hour', () => {
    expect(formatDuration(45, 'pl')).toBe('45 minut');
  });

  it('never shows negative time', () => {
    expect(formatDuration(-5, 'en')).toBe('0 minutes');
  });
});
