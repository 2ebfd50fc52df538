import type { Locale, LocalizedText } from '@punte/course-engine';

export interface Picked {
  text: string;
  /** The language the text is in: the page's, or the course's fallback (marked with `lang`). */
  lang: Locale;
}

/** The learner's language, else the course's fallback; the API sends only these two. */
export function pick(text: LocalizedText | undefined, locale: Locale, fallback: Locale): Picked {
  const own = text?.[locale];
  if (own) return { text: own, lang: locale };
  const other = text?.[fallback];
  if (other) return { text: other, lang: fallback };
  const any = Object.entries(text ?? {}).find(([, value]) => value);
  return any ? { text: any[1] as string, lang: any[0] as Locale } : { text: '', lang: locale };
}

/** Percent with the learner's digits and no decimals: "80%". */
export function percent(share: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.round(share * 100));
}
