import { DEFAULT_SETTINGS, parseSettings } from './settings';

describe('reading the stored reader settings', () => {
  it('keeps valid values and bounds the text size to 100–200%', () => {
    expect(parseSettings(JSON.stringify({ textSize: 1.5, highContrast: true }))).toEqual({
      ...DEFAULT_SETTINGS,
      textSize: 1.5,
      highContrast: true,
    });
    expect(parseSettings(JSON.stringify({ textSize: 5 })).textSize).toBe(2);
    expect(parseSettings(JSON.stringify({ textSize: 0.2 })).textSize).toBe(1);
  });

  it('falls back to the defaults for nothing stored or something damaged', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{not json')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(JSON.stringify({ highContrast: 'yes' })).highContrast).toBe(false);
  });
});
