import type { Locale as ContractLocale } from '../graphql/generated/graphql';

/** The contract's Locale enum is the one source; this list only fixes the order languages are shown in. */
export type Locale = ContractLocale;

export const LOCALES = ['ro', 'ru', 'uk', 'pl', 'en'] as const satisfies readonly Locale[];

// Fails to compile when the API adds a language this list does not show.
type Missing = Exclude<Locale, (typeof LOCALES)[number]>;
const _everyLocaleListed: [Missing] extends [never] ? true : Missing = true;

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
