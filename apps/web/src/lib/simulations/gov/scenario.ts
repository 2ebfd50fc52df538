import type { LocalizedList, LocalizedText } from '@punte/course-engine';
import type { Locale } from '../../i18n/locales';
import { localized } from '../tool-module';
import { GOV_COUNTRIES, type GovCountry } from './country';

export type FieldType = 'text' | 'select' | 'textarea' | 'checkbox' | 'email' | 'phone' | 'date';

export interface FormField {
  id: string;
  label: LocalizedText;
  type: FieldType;
  options: { id: string; label: LocalizedText }[];
  required: boolean;
}

export interface GovService {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  keywords: LocalizedList;
}

export interface GovScenario {
  portal: { name: LocalizedText; country?: GovCountry };
  services: GovService[];
  form?: { id: string; title: LocalizedText; fields: FormField[] };
}

export function parseGovScenario(raw: Record<string, unknown>): GovScenario {
  const portal = raw.portal as GovScenario['portal'] | undefined;
  if (!portal?.name) throw new Error('portal scenario: portal.name is missing');
  if (portal.country !== undefined && !GOV_COUNTRIES.includes(portal.country))
    throw new Error(`portal scenario: portal.country must be one of ${GOV_COUNTRIES.join(', ')}`);
  if (!Array.isArray(raw.services)) throw new Error('portal scenario: services must be a list');
  const form = raw.form as
    (Omit<NonNullable<GovScenario['form']>, 'fields'> & { fields: Partial<FormField>[] }) | undefined;
  return {
    portal,
    services: (raw.services as GovService[]).map((s) => ({ ...s, keywords: s.keywords ?? {} })),
    form: form && {
      ...form,
      fields: form.fields.map((f) => ({
        ...(f as FormField),
        options: f.options ?? [],
        required: f.required === true,
      })),
    },
  };
}

/** Lower case without diacritics, so "petitie" finds "petiție" and "прием" finds "приём". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ё/g, 'е').trim();
}

/** Services whose title or keywords (in the learner's language) contain a word of the query. */
export function searchServices(scenario: GovScenario, query: string, locale: Locale): GovService[] {
  const words = fold(query)
    .split(/\s+/)
    .filter((w) => w.length >= 3);
  if (!words.length) return [];
  return scenario.services.filter((s) => {
    const haystack = fold([localized(s.title, locale), ...(s.keywords[locale] ?? [])].join(' '));
    const known = haystack.split(/[\s,.;:()«»„“”"'-]+/).filter((k) => k.length >= 4);
    // A word's stem finds inflected forms and small typos at the end ("complaints", "certificatul").
    const stem = (w: string) => w.slice(0, Math.max(4, w.length - 2));
    return words.some(
      (w) => haystack.includes(w) || known.some((k) => w.startsWith(k) || k.startsWith(stem(w))),
    );
  });
}

/** The form a service leads to: the scenario's form carries the service's id. */
export function formOf(scenario: GovScenario, serviceId: string): GovScenario['form'] {
  return scenario.form?.id === serviceId ? scenario.form : undefined;
}

/** The form's pages: up to three fields each; tick boxes (consents) go on the review page. */
export function formPages(form: NonNullable<GovScenario['form']>): FormField[][] {
  const fields = form.fields.filter((f) => f.type !== 'checkbox');
  const pages: FormField[][] = [];
  for (let i = 0; i < fields.length; i += 3) pages.push(fields.slice(i, i + 3));
  return pages;
}

export type FieldValue = string | boolean;

export type FieldProblem = 'required' | 'email' | 'phone' | 'date';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function fieldProblem(field: FormField, value: FieldValue | undefined): FieldProblem | undefined {
  if (field.type === 'checkbox') return field.required && value !== true ? 'required' : undefined;
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) return field.required ? 'required' : undefined;
  if (field.type === 'email' && !EMAIL.test(text)) return 'email';
  if (field.type === 'phone' && (text.replace(/\D/g, '').length < 6 || /[^\d\s+()-]/.test(text)))
    return 'phone';
  if (field.type === 'date' && (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))))
    return 'date';
  return undefined;
}
