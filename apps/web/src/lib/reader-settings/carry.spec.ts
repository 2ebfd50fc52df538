import { guestSettingsToCarry } from './carry';
import { DEFAULT_SETTINGS } from './settings';

describe("a guest's reader settings carried to the account at sign-in", () => {
  it('carries what the guest chose, bounded as the boot script bounds it', () => {
    const chosen = { ...DEFAULT_SETTINGS, textSize: 1.5, highContrast: true };
    expect(guestSettingsToCarry(JSON.stringify(chosen))).toEqual(chosen);
    expect(guestSettingsToCarry(JSON.stringify({ textSize: 9 }))).toEqual({
      ...DEFAULT_SETTINGS,
      textSize: 2,
    });
    expect(guestSettingsToCarry(JSON.stringify({ reducedMotion: true }))).toEqual({
      ...DEFAULT_SETTINGS,
      reducedMotion: true,
    });
  });

  it('carries nothing when the browser kept nothing, only the defaults, or something else', () => {
    expect(guestSettingsToCarry(null)).toBeNull();
    expect(guestSettingsToCarry('')).toBeNull();
    expect(guestSettingsToCarry(JSON.stringify(DEFAULT_SETTINGS))).toBeNull();
    expect(guestSettingsToCarry('{not json')).toBeNull();
    expect(guestSettingsToCarry(JSON.stringify({ highContrast: 'yes' }))).toBeNull();
    const padded = JSON.stringify({ highContrast: true, note: 'x'.repeat(600) });
    expect(guestSettingsToCarry(padded)).toBeNull();
  });
});
