import { bootScript, DEFAULT_SETTINGS, parseSettings, STORAGE_KEY } from './settings';

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

describe('the boot script that applies the settings before the first paint', () => {
  function run(script: string, stored: string | null) {
    const attributes = new Map<string, string>();
    const root = {
      style: { fontSize: '' },
      setAttribute: (name: string, value: string) => attributes.set(name, value),
    };
    const storage = new Map<string, string>(stored === null ? [] : [[STORAGE_KEY, stored]]);
    const localStorage = {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => storage.set(key, value),
    };
    new Function('document', 'localStorage', script)({ documentElement: root }, localStorage);
    return { fontSize: root.style.fontSize, attributes, stored: storage.get(STORAGE_KEY) ?? null };
  }

  it("applies this browser's settings for a guest", () => {
    const page = run(bootScript(null), JSON.stringify({ textSize: 1.5, wideSpacing: true }));
    expect(page.fontSize).toBe(`${112.5 * 1.5}%`);
    expect(page.attributes.get('data-wide-spacing')).toBe('on');
    expect(page.attributes.has('data-high-contrast')).toBe(false);
  });

  it("prefers the account's settings and keeps them in this browser", () => {
    const account = { ...DEFAULT_SETTINGS, textSize: 2, highContrast: true };
    const page = run(bootScript(account), JSON.stringify({ textSize: 1.25, wideSpacing: true }));
    expect(page.fontSize).toBe('225%');
    expect(page.attributes.get('data-high-contrast')).toBe('on');
    expect(page.attributes.has('data-wide-spacing')).toBe(false);
    expect(JSON.parse(page.stored!)).toEqual(account);
  });

  it('does nothing for damaged storage and no account', () => {
    const page = run(bootScript(null), '{not json');
    expect(page.fontSize).toBe('');
    expect(page.attributes.size).toBe(0);
  });
});
