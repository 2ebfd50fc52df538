import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

export interface LocaleSources {
  /** The `?lang=` query parameter: an explicit choice made right now. */
  query?: string | null;
  /** The cookie remembered from an earlier choice. */
  cookie?: string | null;
  /** The browser's Accept-Language header. */
  acceptLanguage?: string | null;
}

/** Picks the locale by precedence: explicit choice, remembered choice, browser wish, default. */
export function negotiateLocale(sources: LocaleSources): Locale {
  const query = sources.query?.trim().toLowerCase();
  if (isLocale(query)) return query;
  const cookie = sources.cookie?.trim().toLowerCase();
  if (isLocale(cookie)) return cookie;
  return fromAcceptLanguage(sources.acceptLanguage) ?? DEFAULT_LOCALE;
}

/** Best supported locale from an Accept-Language header, honouring q-weights and region subtags. */
export function fromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params
        .map((p) => p.trim())
        .find((p) => p.startsWith('q='))
        ?.slice(2);
      const weight = q === undefined ? 1 : Number(q);
      return { language: tag.split('-')[0]?.toLowerCase() ?? '', weight, order };
    })
    .filter((r) => Number.isFinite(r.weight) && r.weight > 0)
    // Equal weights keep the browser's order.
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  return ranges.map((r) => r.language).find(isLocale);
}
