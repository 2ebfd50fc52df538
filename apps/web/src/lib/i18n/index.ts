import type { Locale } from './locales';
import type { CoreMessages, Messages, MoreMessageKeys } from './messages/messages';

export * from './locales';
export { negotiateLocale, fromAcceptLanguage } from './negotiate';
export { plural, type PluralForms } from './plural';
export type { CoreMessages, Messages } from './messages/messages';

/**
 * A page's first load carries only its own language (all five were ~28 kB gzipped of a lesson
 * page's 80 kB budget), and a learner's lesson page only the core messages (sign-in's, the
 * trainers', plans' and printables' come apart). The root layout's load awaits what the page needs.
 */
const CORE: Record<Locale, () => Promise<CoreMessages>> = {
  ro: () => import('./messages/ro').then((module) => module.ro),
  ru: () => import('./messages/ru').then((module) => module.ru),
  uk: () => import('./messages/uk').then((module) => module.uk),
  pl: () => import('./messages/pl').then((module) => module.pl),
  en: () => import('./messages/en').then((module) => module.en),
};
type MoreMessages = Pick<Messages, MoreMessageKeys>;
// Spelled out per language so that each language stays a chunk of its own.
const MORE: Record<Locale, () => Promise<MoreMessages>> = {
  ro: () =>
    moreOf(
      import('./messages/auth/ro'),
      import('./messages/trainer/ro'),
      import('./messages/plans/ro'),
      import('./messages/printables/ro'),
    ),
  ru: () =>
    moreOf(
      import('./messages/auth/ru'),
      import('./messages/trainer/ru'),
      import('./messages/plans/ru'),
      import('./messages/printables/ru'),
    ),
  uk: () =>
    moreOf(
      import('./messages/auth/uk'),
      import('./messages/trainer/uk'),
      import('./messages/plans/uk'),
      import('./messages/printables/uk'),
    ),
  pl: () =>
    moreOf(
      import('./messages/auth/pl'),
      import('./messages/trainer/pl'),
      import('./messages/plans/pl'),
      import('./messages/printables/pl'),
    ),
  en: () =>
    moreOf(
      import('./messages/auth/en'),
      import('./messages/trainer/en'),
      import('./messages/plans/en'),
      import('./messages/printables/en'),
    ),
};

async function moreOf(
  ...modules: [
    Promise<Pick<Messages, 'auth'>>,
    Promise<Pick<Messages, 'trainer'>>,
    Promise<Pick<Messages, 'plans'>>,
    Promise<Pick<Messages, 'printables'>>,
  ]
): Promise<MoreMessages> {
  const [a, t, p, pr] = await Promise.all(modules);
  return { auth: a.auth, trainer: t.trainer, plans: p.plans, printables: pr.printables };
}
const core: Partial<Record<Locale, CoreMessages>> = {};
const full: Partial<Record<Locale, Messages>> = {};

/** Fetches a language's messages once (`more`: sign-in's, the trainers', plans' and printables' too). */
export async function loadMessages(locale: Locale, more: boolean): Promise<void> {
  core[locale] ??= await CORE[locale]();
  if (more) full[locale] ??= { ...core[locale], ...(await MORE[locale]()) };
}

/** A language's core messages, once the root layout's load has loaded them (every page runs it). */
export function coreMessagesFor(locale: Locale): CoreMessages {
  const messages = core[locale];
  if (!messages) throw new Error(`The ${locale} messages are not loaded (loadMessages)`);
  return messages;
}

/** All of a language's messages: on every page but a learner's lesson page (see routes/+layout.ts). */
export function messagesFor(locale: Locale): Messages {
  const messages = full[locale];
  if (!messages) throw new Error(`All the ${locale} messages are not loaded (loadMessages)`);
  return messages;
}

/** All of a language's messages where this page loaded them, else undefined. */
export function loadedMessagesFor(locale: Locale): Messages | undefined {
  return full[locale];
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a missing value is noticed. */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
