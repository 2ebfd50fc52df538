import type { Locale } from './locales';

/** Forms for Intl.PluralRules categories; `other` is always required as the fallback. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Chooses the grammatical form for `count` and fills `{count}` with the locale's digits. */
export function plural(locale: Locale, forms: PluralForms, count: number): string {
  const category = new Intl.PluralRules(locale).select(count);
  const template = forms[category] ?? forms.other;
  return template.replace('{count}', new Intl.NumberFormat(locale).format(count));
}
