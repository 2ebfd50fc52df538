import { fieldKeyOf, fieldProblemText, type FieldProblem } from '../field-problems';
import type { TrainerFieldNames, TrainerMessages } from '../../i18n/messages/trainer/messages';

/** The libraries' own zones first; the form offers these (the API accepts any IANA zone). */
export const TIME_ZONES = ['Europe/Chisinau', 'Europe/Kyiv', 'Europe/Warsaw', 'Europe/Bucharest'] as const;

/** "Europe/Chisinau — Eastern European Time" in the trainer's language. */
export function timeZoneLabel(zone: string, locale: string): string {
  const name = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' })
    .formatToParts(new Date(Date.UTC(2027, 0, 15)))
    .find((part) => part.type === 'timeZoneName')?.value;
  return name ? `${zone.replace(/_/g, ' ')} — ${name}` : zone;
}

/** Weekday names Monday first, numbered as ISO does (1..7), in the trainer's language. */
export function weekdayNames(locale: string): { day: number; name: string }[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 4 January 2027 is a Monday.
  return Array.from({ length: 7 }, (_, i) => ({
    day: i + 1,
    name: format.format(new Date(Date.UTC(2027, 0, 4 + i))),
  }));
}

/** The refusals of each form field, in words, for aria-describedby and the summary at the top. */
export function problemsByField(
  problems: readonly FieldProblem[],
  m: TrainerMessages,
): Partial<Record<keyof TrainerFieldNames, string>> {
  const out: Partial<Record<keyof TrainerFieldNames, string>> = {};
  for (const problem of problems) {
    const key = fieldKeyOf(problem.field);
    if (key && !out[key]) out[key] = fieldProblemText(problem, m);
  }
  return out;
}
