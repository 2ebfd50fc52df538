import { MESSAGES } from './all-messages';
import { LOCALES, interpolate, plural } from './index';

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('the message catalogues', () => {
  it.each(LOCALES)('%s has no empty string', (locale) => {
    for (const [key, text] of leaves(MESSAGES[locale])) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    }
  });

  it('writes Romanian ș and ț with comma below, never cedilla', () => {
    const text = leaves(MESSAGES.ro)
      .map(([, t]) => t)
      .join(' ');
    expect(text).not.toMatch(/[şţŞŢ]/);
    expect(text).toMatch(/[șț]/);
  });

  it('has Ukrainian-specific letters in the Ukrainian catalogue', () => {
    const text = leaves(MESSAGES.uk)
      .map(([, t]) => t)
      .join(' ');
    expect(text).toMatch(/[іїєґ]/);
    expect(text).not.toMatch(/[ыэъё]/);
  });

  it('chooses Slavic plural forms by number', () => {
    expect(plural('ru', MESSAGES.ru.course.lessons, 1)).toBe('1 урок');
    expect(plural('ru', MESSAGES.ru.course.lessons, 3)).toBe('3 урока');
    expect(plural('uk', MESSAGES.uk.course.lessons, 5)).toBe('5 уроків');
    expect(plural('pl', MESSAGES.pl.course.lessons, 22)).toBe('22 lekcje');
    expect(plural('ro', MESSAGES.ro.course.lessons, 20)).toBe('20 de lecții');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Modulul {number}', { number: 2 })).toBe('Modulul 2');
    expect(interpolate('{missing}', {})).toBe('{missing}');
  });
});
