import { fromAcceptLanguage, negotiateLocale } from './negotiate';

describe('choosing the interface language', () => {
  it('prefers an explicit ?lang= choice over cookie and browser', () => {
    expect(negotiateLocale({ query: 'uk', cookie: 'pl', acceptLanguage: 'ru' })).toBe('uk');
  });

  it('falls back to the remembered cookie when the query is unsupported', () => {
    expect(negotiateLocale({ query: 'de', cookie: 'pl', acceptLanguage: 'ru' })).toBe('pl');
  });

  it('uses the browser language when nothing was chosen', () => {
    expect(negotiateLocale({ acceptLanguage: 'ru-RU,ru;q=0.9,en;q=0.8' })).toBe('ru');
  });

  it('defaults to Romanian', () => {
    expect(negotiateLocale({})).toBe('ro');
    expect(negotiateLocale({ acceptLanguage: 'de-DE,fr;q=0.5' })).toBe('ro');
  });

  it('honours q-weights rather than header order', () => {
    expect(fromAcceptLanguage('en;q=0.3, uk;q=0.9')).toBe('uk');
  });

  it('skips unsupported languages and ranges refused with q=0', () => {
    expect(fromAcceptLanguage('de, pl;q=0, en;q=0.5')).toBe('en');
  });
});
