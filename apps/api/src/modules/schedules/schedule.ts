import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';

/** ISO weekdays: 1 is Monday, 7 is Sunday (as luxon and ISO 8601 count them). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** A group meets at most this long: a course runs for weeks, not years. */
export const MAX_SCHEDULE_DAYS = 366;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isTime = (value: string) => TIME.test(value);
const isDate = (value: string) => DATE.test(value) && DateTime.fromISO(value).isValid;

const time = z.string().refine(isTime, {
  message: 'must be a time of day such as 10:00',
  params: { problem: 'invalid-time' },
});
const date = z.string().refine(isDate, {
  message: 'must be a date such as 2027-02-02',
  params: { problem: 'invalid-date' },
});

/**
 * When a group meets, in the library's own time: "Tuesdays and Thursdays 10:00–11:30 from 2 February
 * to 11 March, Europe/Chisinau". Stored as local times plus the zone so a session stays at 10:00 on
 * both sides of a daylight-saving change.
 */
export const scheduleSchema = z
  .object({
    weekdays: z
      .array(z.number().int().min(1).max(7), { message: 'must list the weekdays, 1 (Monday) to 7 (Sunday)' })
      .refine((days) => days.length > 0, {
        message: 'must name at least one weekday',
        params: { problem: 'no-weekday' },
      })
      .refine((days) => new Set(days).size === days.length, {
        message: 'names a weekday twice',
        params: { problem: 'duplicate-weekday' },
      }),
    startTime: time,
    endTime: time,
    firstDate: date,
    lastDate: date,
    timeZone: z.string().refine((zone) => IANAZone.isValidZone(zone), {
      message: 'must be a time zone such as Europe/Chisinau',
      params: { problem: 'invalid-time-zone' },
    }),
  })
  .superRefine((schedule, ctx) => {
    // Format problems are reported by the fields themselves; comparing malformed values says nothing.
    const timesValid = isTime(schedule.startTime) && isTime(schedule.endTime);
    if (!timesValid || !isDate(schedule.firstDate) || !isDate(schedule.lastDate)) return;
    // Zero-padded times and ISO dates compare correctly as strings.
    if (schedule.endTime <= schedule.startTime) {
      ctx.addIssue({
        code: 'custom',
        path: ['endTime'],
        message: `must be after the start time (${schedule.startTime})`,
        params: { problem: 'end-not-after-start' },
      });
    }
    if (schedule.lastDate < schedule.firstDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['lastDate'],
        message: `must not be before the first date (${schedule.firstDate})`,
        params: { problem: 'last-before-first' },
      });
      return;
    }
    const days = DateTime.fromISO(schedule.lastDate).diff(DateTime.fromISO(schedule.firstDate), 'days').days;
    if (days > MAX_SCHEDULE_DAYS) {
      ctx.addIssue({
        code: 'custom',
        path: ['lastDate'],
        message: `must be at most ${MAX_SCHEDULE_DAYS} days after the first date`,
        params: { problem: 'too-long' },
      });
    } else if (schedule.weekdays.length > 0 && meetingDates(schedule).length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['weekdays'],
        message: 'none of these weekdays falls between the first and the last date',
        params: { problem: 'no-sessions' },
      });
    }
  });

export type Schedule = z.output<typeof scheduleSchema>;

/** One meeting of the group, as a local date and the instants it starts and ends. */
export interface PlannedSession {
  /** The library's local date, YYYY-MM-DD: the session's stable key when the schedule changes. */
  date: string;
  startsAt: Date;
  endsAt: Date;
}

/** The local dates, first to last inclusive, that fall on one of the weekdays. */
function meetingDates(schedule: Pick<Schedule, 'weekdays' | 'firstDate' | 'lastDate'>): string[] {
  const wanted = new Set(schedule.weekdays);
  const last = DateTime.fromISO(schedule.lastDate, { zone: 'utc' });
  const dates: string[] = [];
  for (
    let day = DateTime.fromISO(schedule.firstDate, { zone: 'utc' });
    day <= last;
    day = day.plus({ days: 1 })
  ) {
    if (wanted.has(day.weekday)) dates.push(day.toISODate() as string);
  }
  return dates;
}

/** The instant a local wall-clock time happens in the zone (a time skipped by DST moves forward, as clocks do). */
function instantOf(date: string, time: string, zone: string): Date {
  return DateTime.fromISO(`${date}T${time}`, { zone }).toJSDate();
}

/** Every session of a valid schedule, in order. */
export function sessionsOf(schedule: Schedule): PlannedSession[] {
  return meetingDates(schedule).map((date) => ({
    date,
    startsAt: instantOf(date, schedule.startTime, schedule.timeZone),
    endsAt: instantOf(date, schedule.endTime, schedule.timeZone),
  }));
}
