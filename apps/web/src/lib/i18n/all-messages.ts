import type { Locale } from './locales';
import type { Messages } from './messages/messages';
import { en } from './messages/en';
import { pl } from './messages/pl';
import { ro } from './messages/ro';
import { ru } from './messages/ru';
import { uk } from './messages/uk';
import { auth as authEn } from './messages/auth/en';
import { auth as authPl } from './messages/auth/pl';
import { auth as authRo } from './messages/auth/ro';
import { auth as authRu } from './messages/auth/ru';
import { auth as authUk } from './messages/auth/uk';
import { plans as plansEn } from './messages/plans/en';
import { plans as plansPl } from './messages/plans/pl';
import { plans as plansRo } from './messages/plans/ro';
import { plans as plansRu } from './messages/plans/ru';
import { plans as plansUk } from './messages/plans/uk';
import { printables as printablesEn } from './messages/printables/en';
import { printables as printablesPl } from './messages/printables/pl';
import { printables as printablesRo } from './messages/printables/ro';
import { printables as printablesRu } from './messages/printables/ru';
import { printables as printablesUk } from './messages/printables/uk';
import { trainer as trainerEn } from './messages/trainer/en';
import { trainer as trainerPl } from './messages/trainer/pl';
import { trainer as trainerRo } from './messages/trainer/ro';
import { trainer as trainerRu } from './messages/trainer/ru';
import { trainer as trainerUk } from './messages/trainer/uk';

/**
 * Every language's messages at once: for tests and tools only. Pages load their own language
 * through `loadMessages` (importing this file from a page would put all five in its first load).
 */
export const MESSAGES: Record<Locale, Messages> = {
  ro: { ...ro, auth: authRo, trainer: trainerRo, plans: plansRo, printables: printablesRo },
  ru: { ...ru, auth: authRu, trainer: trainerRu, plans: plansRu, printables: printablesRu },
  uk: { ...uk, auth: authUk, trainer: trainerUk, plans: plansUk, printables: printablesUk },
  pl: { ...pl, auth: authPl, trainer: trainerPl, plans: plansPl, printables: printablesPl },
  en: { ...en, auth: authEn, trainer: trainerEn, plans: plansEn, printables: printablesEn },
};
