import { formatElapsed } from './elapsed';

describe('time on a step', () => {
  it('is written in minutes, with hours past the hour', () => {
    expect(formatElapsed(4 * 60_000 + 59_000, 'en')).toBe('4 min');
    expect(formatElapsed(65 * 60_000, 'en')).toBe('1 hr 5 min');
    expect(formatElapsed(-5, 'en')).toBe('0 min');
    expect(formatElapsed(3 * 60_000, 'ru')).toBe('3 мин');
  });
});
