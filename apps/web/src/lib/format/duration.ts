import type { Locale } from '../i18n/locales';

/** "1 oră și 30 de minute", "2 години і 5 хвилин": whole words, easier to read than "1h30". */
export function formatDuration(totalMinutes: number, locale: Locale): string {
  const minutesTotal = Math.max(0, Math.round(totalMinutes));
  const hours = Math.floor(minutesTotal / 60);
  const minutes = minutesTotal % 60;
  const unit = (u: 'hour' | 'minute', value: number) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'long' }).format(value);
  const parts: string[] = [];
  if (hours > 0) parts.push(unit('hour', hours));
  if (minutes > 0 || hours === 0) parts.push(unit('minute', minutes));
  return new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(parts);
}
