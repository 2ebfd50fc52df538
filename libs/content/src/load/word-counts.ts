import { LOCALES, type Locale } from '@punte/course-engine';

export type WordCounts = Record<Locale, number>;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;
const LOCALE_KEYS = new Set<string>(LOCALES);

/** Words in a text: runs of letters and digits (with inner apostrophes and hyphens), Markdown marks aside. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

const zero = (): WordCounts => Object.fromEntries(LOCALES.map((l) => [l, 0])) as WordCounts;

function isLocalized(value: object): value is Record<Locale, unknown> {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => LOCALE_KEYS.has(key));
}

/**
 * The words of every localized text (`{ro: …, ru: …, …}`) anywhere in a parsed course or lesson
 * file, per language: what a learner reads, in each language's own words.
 */
export function wordsOf(parsed: unknown, into: WordCounts = zero()): WordCounts {
  if (Array.isArray(parsed)) {
    parsed.forEach((item) => wordsOf(item, into));
  } else if (parsed && typeof parsed === 'object') {
    if (isLocalized(parsed)) {
      for (const [locale, text] of Object.entries(parsed))
        if (typeof text === 'string') into[locale as Locale] += countWords(text);
      // Accepted short answers are lists per language: words a learner may type, not read.
    } else {
      Object.values(parsed).forEach((value) => wordsOf(value, into));
    }
  }
  return into;
}

export function addCounts(a: WordCounts, b: WordCounts): WordCounts {
  return Object.fromEntries(LOCALES.map((l) => [l, a[l] + b[l]])) as WordCounts;
}
