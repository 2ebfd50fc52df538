import type { Locale } from '../../i18n/locales';
import type { GovScenario } from './scenario';

/** The countries whose portals the practice portal follows; without one it is a generic example. */
export const GOV_COUNTRIES = ['md', 'ua', 'pl'] as const;
export type GovCountry = (typeof GOV_COUNTRIES)[number];

export interface CountryWords {
  /** The country's name, shown in the portal's header. */
  name: string;
  /** How a real sign-in with an electronic identity is confirmed there. */
  eid: string;
}

interface CountryProfile {
  /** Registration numbers look like `EX-MD-01042` (EX: an exercise, never a real number). */
  prefix: string;
  /** A made-up phone number in the country's format (show me types it, the form's hint shows it). */
  phone: string;
  words: Record<Locale, CountryWords>;
}

const PROFILES: Record<GovCountry, CountryProfile> = {
  md: {
    prefix: 'EX-MD',
    phone: '+373 600 00 000',
    words: {
      ro: {
        name: 'Republica Moldova',
        eid: 'Autentificare de exercițiu: în realitate confirmați cu buletinul electronic sau cu semnătura mobilă, prin MPass.',
      },
      ru: {
        name: 'Республика Молдова',
        eid: 'Учебный вход: на самом деле вход подтверждают электронным удостоверением личности или мобильной подписью через MPass.',
      },
      uk: {
        name: 'Республіка Молдова',
        eid: 'Навчальний вхід: насправді вхід підтверджують електронним посвідченням особи або мобільним підписом через MPass.',
      },
      pl: {
        name: 'Mołdawia',
        eid: 'Logowanie ćwiczebne: naprawdę potwierdza się je elektronicznym dowodem osobistym albo podpisem mobilnym przez MPass.',
      },
      en: {
        name: 'Moldova',
        eid: 'A practice sign-in: for real you confirm it with an electronic identity card or a mobile signature, through MPass.',
      },
    },
  },
  ua: {
    prefix: 'EX-UA',
    phone: '+380 00 000 0000',
    words: {
      ro: {
        name: 'Ucraina',
        eid: 'Autentificare de exercițiu: în realitate confirmați cu Diia.Підпис, cu BankID sau cu o semnătură electronică calificată.',
      },
      ru: {
        name: 'Украина',
        eid: 'Учебный вход: на самом деле вход подтверждают через «Дія.Підпис», BankID или квалифицированной электронной подписью.',
      },
      uk: {
        name: 'Україна',
        eid: 'Навчальний вхід: насправді вхід підтверджують через «Дія.Підпис», BankID або кваліфікованим електронним підписом.',
      },
      pl: {
        name: 'Ukraina',
        eid: 'Logowanie ćwiczebne: naprawdę potwierdza się je przez Diia.Підпис, BankID albo kwalifikowanym podpisem elektronicznym.',
      },
      en: {
        name: 'Ukraine',
        eid: 'A practice sign-in: for real you confirm it with Diia.Signature, BankID or a qualified electronic signature.',
      },
    },
  },
  pl: {
    prefix: 'EX-PL',
    phone: '+48 000 000 000',
    words: {
      ro: {
        name: 'Polonia',
        eid: 'Autentificare de exercițiu: în realitate confirmați cu profilul de încredere (profil zaufany), cu buletinul electronic sau prin bancă.',
      },
      ru: {
        name: 'Польша',
        eid: 'Учебный вход: на самом деле вход подтверждают доверенным профилем (profil zaufany), электронным удостоверением личности или через банк.',
      },
      uk: {
        name: 'Польща',
        eid: 'Навчальний вхід: насправді вхід підтверджують довіреним профілем (profil zaufany), електронним посвідченням особи або через банк.',
      },
      pl: {
        name: 'Polska',
        eid: 'Logowanie ćwiczebne: naprawdę potwierdza się je profilem zaufanym, e-dowodem albo przez bank.',
      },
      en: {
        name: 'Poland',
        eid: 'A practice sign-in: for real you confirm it with a trusted profile (profil zaufany), an e-ID card or your bank.',
      },
    },
  },
};

export interface PortalCountry {
  prefix: string;
  phone: string;
  /** Undefined for a generic portal: the header then names no country. */
  name?: string;
  /** Undefined for a generic portal: the tool's own generic words are shown. */
  eid?: string;
}

/** What follows the scenario's country (never the learner's language, which says nothing about it). */
export function portalCountry(scenario: GovScenario, locale: Locale): PortalCountry {
  const country = scenario.portal.country;
  if (!country) return { prefix: 'EX', phone: '000 000 000' };
  const p = PROFILES[country];
  return { prefix: p.prefix, phone: p.phone, ...p.words[locale] };
}
