/** The five languages every screen and course exists in. */
export const LOCALES = ['ro', 'ru', 'uk', 'pl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Author-written text in each language, side by side. Content files give all five. */
export type LocalizedText = Partial<Record<Locale, string>>;

/** Accepted answers per language (a short-text answer is typed in the learner's language). */
export type LocalizedList = Partial<Record<Locale, string[]>>;

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
