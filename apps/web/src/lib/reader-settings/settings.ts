/** How the learner likes to read; kept in this browser, and on the account when signed in. */
export interface ReaderSettings {
  /** 1 to 2: 100% to 200% of the site's text size. */
  textSize: number;
  highContrast: boolean;
  reducedMotion: boolean;
  wideSpacing: boolean;
}

export const STORAGE_KEY = 'punte.reader-settings';
export const TEXT_SIZES = [1, 1.25, 1.5, 1.75, 2] as const;
/** The site's own base size (app.css): 112.5% of the browser's. */
const BASE_PERCENT = 112.5;

export const DEFAULT_SETTINGS: ReaderSettings = {
  textSize: 1,
  highContrast: false,
  reducedMotion: false,
  wideSpacing: false,
};

/** Whatever is stored, a valid setting: an unknown or damaged value falls back to the default. */
export function parseSettings(raw: string | null): ReaderSettings {
  let value: Partial<ReaderSettings> = {};
  try {
    value = (raw ? JSON.parse(raw) : {}) as Partial<ReaderSettings>;
  } catch {
    value = {};
  }
  const size = Number(value.textSize);
  return {
    textSize: Number.isFinite(size) ? Math.min(2, Math.max(1, size)) : 1,
    highContrast: value.highContrast === true,
    reducedMotion: value.reducedMotion === true,
    wideSpacing: value.wideSpacing === true,
  };
}

/** Sets the page's text size and the data attributes the reader-settings styles key on. */
export function applySettings(root: HTMLElement, settings: ReaderSettings): void {
  root.style.fontSize = settings.textSize === 1 ? '' : `${BASE_PERCENT * settings.textSize}%`;
  const flag = (name: string, on: boolean) =>
    on ? root.setAttribute(name, 'on') : root.removeAttribute(name);
  flag('data-high-contrast', settings.highContrast);
  flag('data-reduced-motion', settings.reducedMotion);
  flag('data-wide-spacing', settings.wideSpacing);
}

export function loadSettings(): ReaderSettings {
  try {
    return parseSettings(localStorage.getItem(STORAGE_KEY));
  } catch {
    return { ...DEFAULT_SETTINGS }; // storage switched off (some kiosk browsers)
  }
}

export function saveSettings(settings: ReaderSettings): void {
  applySettings(document.documentElement, settings);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Storage switched off: the page shows the change, and a signed-in person's account keeps it.
  }
}

/** Where a signed-in learner's change goes, so it follows them to another computer. */
export const ACCOUNT_SETTINGS_PATH = '/reader-settings';

/** Saves to the account in the background: the page already shows the change, and this browser keeps it. */
export function saveToAccount(settings: ReaderSettings): Promise<boolean> {
  return fetch(ACCOUNT_SETTINGS_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(settings),
    keepalive: true,
  }).then(
    (response) => response.ok,
    () => false,
  );
}

/**
 * Runs in <head> before the body is painted, so a learner with large text never sees the page
 * jump. Written out by hand (it cannot import): it must agree with parseSettings/applySettings.
 * `account`: a signed-in learner's settings from the server; they win over this browser's and
 * are kept in it, so the first page on another computer already looks as the learner set it.
 * The same rule as at sign-in, where a guest's settings go only to an account without its own
 * (claimGuestReaderSettings, carry.server.ts).
 */
export function bootScript(account: ReaderSettings | null): string {
  const key = JSON.stringify(STORAGE_KEY);
  const fromAccount = account
    ? `var a=${JSON.stringify(parseSettings(JSON.stringify(account)))};try{localStorage.setItem(${key},JSON.stringify(a));}catch(e){}`
    : 'var a=null;';
  return `(function(){${fromAccount}try{var s=a||JSON.parse(localStorage.getItem(${key})||'{}');var r=document.documentElement;var z=Math.min(2,Math.max(1,Number(s.textSize)||1));if(z!==1)r.style.fontSize=(${BASE_PERCENT}*z)+'%';if(s.highContrast===true)r.setAttribute('data-high-contrast','on');if(s.reducedMotion===true)r.setAttribute('data-reduced-motion','on');if(s.wideSpacing===true)r.setAttribute('data-wide-spacing','on');}catch(e){}})();`;
}
