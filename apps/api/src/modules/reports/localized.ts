import { type Locale, type LocalizedText } from '@punte/course-engine';

/** Author text in the reader's language, else the course's fallback, else any language given. */
export function localized(text: LocalizedText | undefined, locale: Locale, fallback: Locale = 'en'): string {
  if (!text) return '';
  return text[locale] ?? text[fallback] ?? Object.values(text).find((value) => value !== undefined) ?? '';
}
