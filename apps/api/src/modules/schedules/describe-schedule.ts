import { type Locale } from '@punte/course-engine';
import { DateTime, Info } from 'luxon';
import { type Schedule } from './schedule';

export interface ScheduleParts {
  /** "marți și joi", "вторник и четверг" */
  days: string;
  start: string;
  end: string;
  /** Full local dates, e.g. "2 martie 2027". */
  from: string;
  to: string;
}

/** A schedule in words of the language asked for, from the platform's calendar data (Intl). */
export function scheduleParts(schedule: Schedule, locale: Locale): ScheduleParts {
  const names = Info.weekdays('long', { locale });
  const days = [...schedule.weekdays].sort((a, b) => a - b).map((day) => names[day - 1]);
  const date = (iso: string) => DateTime.fromISO(iso, { locale }).toLocaleString(DateTime.DATE_FULL);
  return {
    days: new Intl.ListFormat(locale, { type: 'conjunction' }).format(days),
    start: schedule.startTime,
    end: schedule.endTime,
    from: date(schedule.firstDate),
    to: date(schedule.lastDate),
  };
}

/** Fills `{name}` placeholders of a sentence with the schedule's parts. */
export function describeSchedule(template: string, schedule: Schedule, locale: Locale): string {
  const parts = scheduleParts(schedule, locale) as unknown as Record<string, string>;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => parts[name] ?? whole);
}
