import type { Locale } from '../model/locale';

export interface NormalizeOptions {
  locale: Locale;
  ignoreDiacritics?: boolean;
  caseSensitive?: boolean;
}

// Letters whose "diacritic" makes a different letter: NFD would turn й into и + breve.
const KEEP_WHOLE = new Set(['й', 'Й', 'ї', 'Ї']);
// Letters NFD does not decompose but learners type without the stroke.
const STROKED: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O' };
const COMBINING_MARK = /\p{M}/gu;

/** Romanian ş/ţ (cedilla, legacy keyboards) and ș/ț (comma below) are the same letters. */
export function unifyRomanianLetters(text: string): string {
  return text.replace(/[şŞţŢ]/g, (c) => ({ ş: 'ș', Ş: 'Ș', ţ: 'ț', Ţ: 'Ț' })[c] as string);
}

export function stripDiacritics(text: string): string {
  let out = '';
  for (const ch of text) {
    if (KEEP_WHOLE.has(ch)) out += ch;
    else out += STROKED[ch] ?? ch.normalize('NFD').replace(COMBINING_MARK, '');
  }
  return out;
}

/** The form two short-text answers are compared in. */
export function normalizeAnswerText(text: string, options: NormalizeOptions): string {
  let s = unifyRomanianLetters(text.normalize('NFC').trim().replace(/\s+/gu, ' '));
  if (!options.caseSensitive) s = s.toLocaleLowerCase(options.locale);
  // Russian writes ё as е in everyday text; Ukrainian has no ё so it is left alone there.
  if (options.locale === 'ru') s = s.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  if (options.ignoreDiacritics) s = stripDiacritics(s);
  return s.normalize('NFC');
}
