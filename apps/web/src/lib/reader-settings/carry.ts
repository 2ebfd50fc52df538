import { DEFAULT_SETTINGS, parseSettings, type ReaderSettings } from './settings';

/** The sign-in forms' hidden field: the reader settings this browser keeps, as stored. */
export const GUEST_SETTINGS_FIELD = 'readerSettings';

/** Far more than the four settings take: anything longer is not ours. */
const MAX_LENGTH = 500;

/**
 * What a guest's browser gives the account at sign-in: its stored settings, or null when it
 * stored none, something else, or only the defaults (an account given nothing stays open to the
 * settings a guest chooses on another computer; the API keeps an account's own settings anyway).
 */
export function guestSettingsToCarry(raw: string | null): ReaderSettings | null {
  if (!raw || raw.length > MAX_LENGTH) return null;
  const settings = parseSettings(raw);
  const changed = (Object.keys(DEFAULT_SETTINGS) as (keyof ReaderSettings)[]).some(
    (key) => settings[key] !== DEFAULT_SETTINGS[key],
  );
  return changed ? settings : null;
}
