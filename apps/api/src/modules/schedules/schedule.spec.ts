import { InvalidFieldsError, parseFields } from './field-errors';
import { type Schedule, scheduleSchema, sessionsOf } from './schedule';

const sixWeeks: Schedule = {
  weekdays: [2, 4],
  startTime: '10:00',
  endTime: '11:30',
  firstDate: '2027-03-02',
  lastDate: '2027-04-08',
  timeZone: 'Europe/Chisinau',
};

function refusal(input: unknown): InvalidFieldsError {
  try {
    parseFields(scheduleSchema, input);
  } catch (error) {
    if (error instanceof InvalidFieldsError) return error;
    throw error;
  }
  throw new Error('the schedule was accepted');
}

describe('a group schedule', () => {
  it('gives Tuesdays and Thursdays for six weeks as twelve sessions at 10:00 library time', () => {
    const sessions = sessionsOf(parseFields(scheduleSchema, sixWeeks));
    expect(sessions).toHaveLength(12);
    expect(sessions.map((s) => s.date).slice(0, 4)).toEqual([
      '2027-03-02',
      '2027-03-04',
      '2027-03-09',
      '2027-03-11',
    ]);
    // Chisinau is UTC+2 in winter and UTC+3 from the last Sunday of March (28 March 2027).
    expect(sessions[0].startsAt.toISOString()).toBe('2027-03-02T08:00:00.000Z');
    expect(sessions[0].endsAt.toISOString()).toBe('2027-03-02T09:30:00.000Z');
    const afterChange = sessions.find((s) => s.date === '2027-03-30');
    expect(afterChange?.startsAt.toISOString()).toBe('2027-03-30T07:00:00.000Z');
    expect(sessions.at(-1)?.date).toBe('2027-04-08');
  });

  it('keeps the local time in another zone (Warsaw) too', () => {
    const warsaw = sessionsOf({
      ...sixWeeks,
      timeZone: 'Europe/Warsaw',
      weekdays: [1],
      lastDate: '2027-03-08',
    });
    expect(warsaw.map((s) => s.startsAt.toISOString())).toEqual(['2027-03-08T09:00:00.000Z']);
  });

  it('includes the first and last dates when they fall on a meeting day', () => {
    const sessions = sessionsOf({ ...sixWeeks, firstDate: '2027-03-04', lastDate: '2027-03-04' });
    expect(sessions.map((s) => s.date)).toEqual(['2027-03-04']);
  });

  it('refuses an end before the start, naming the field', () => {
    const error = refusal({ ...sixWeeks, startTime: '11:30', endTime: '10:00' });
    expect(error.fields).toEqual([
      expect.objectContaining({ field: 'endTime', problem: 'end-not-after-start' }),
    ]);
    expect(error.message).toContain('endTime: must be after the start time (11:30)');
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a last date before the first date', () => {
    const error = refusal({ ...sixWeeks, firstDate: '2027-04-08', lastDate: '2027-03-02' });
    expect(error.fields).toEqual([
      expect.objectContaining({ field: 'lastDate', problem: 'last-before-first' }),
    ]);
  });

  it('refuses a schedule longer than a year, and weekdays that never happen', () => {
    expect(refusal({ ...sixWeeks, lastDate: '2029-01-01' }).fields[0]).toMatchObject({
      field: 'lastDate',
      problem: 'too-long',
    });
    expect(
      refusal({ ...sixWeeks, weekdays: [7], firstDate: '2027-03-02', lastDate: '2027-03-05' }).fields[0],
    ).toMatchObject({ field: 'weekdays', problem: 'no-sessions' });
  });

  it('names each malformed field', () => {
    const error = refusal({
      weekdays: [],
      startTime: '25:00',
      endTime: '10:00',
      firstDate: '2027-02-30',
      lastDate: 'soon',
      timeZone: 'Mars/Olympus',
    });
    expect(error.fields.map((f) => `${f.field}:${f.problem}`).sort()).toEqual([
      'firstDate:invalid-date',
      'lastDate:invalid-date',
      'startTime:invalid-time',
      'timeZone:invalid-time-zone',
      'weekdays:no-weekday',
    ]);
  });

  it('refuses a weekday given twice or out of range', () => {
    expect(refusal({ ...sixWeeks, weekdays: [2, 2] }).fields[0]).toMatchObject({
      field: 'weekdays',
      problem: 'duplicate-weekday',
    });
    expect(refusal({ ...sixWeeks, weekdays: [8] }).fields[0].field).toBe('weekdays.0');
  });
});
