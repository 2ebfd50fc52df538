export const LOCALES = ['ro', 'ru', 'uk', 'pl', 'en'] as const;

export type Locale = (typeof LOCALES)[number];

// Romanian is the home language of the libraries Punte is built for.
export const DEFAULT_LOCALE: Locale = 'ro';

export const LOCALE_COOKIE = 'lang';

/** Each language named in itself, so a reader finds theirs without knowing the current one. */
export const LOCALE_AUTONYMS: Record<Locale, string> = {
  ro: 'Română',
  ru: 'Русский',
  uk: 'Українська',
  pl: 'Polski',
  en: 'English',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
