import type { Locale } from './locales';
import type { Messages } from './messages/messages';
import { en } from './messages/en';
import { pl } from './messages/pl';
import { ro } from './messages/ro';
import { ru } from './messages/ru';
import { uk } from './messages/uk';

export * from './locales';
export { negotiateLocale, fromAcceptLanguage } from './negotiate';
export { plural, type PluralForms } from './plural';
export type { Messages } from './messages/messages';

export const MESSAGES: Record<Locale, Messages> = { ro, ru, uk, pl, en };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a missing value is noticed. */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
