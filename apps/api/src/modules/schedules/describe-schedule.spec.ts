import { describeSchedule, scheduleParts } from './describe-schedule';
import { type Schedule } from './schedule';

const schedule: Schedule = {
  weekdays: [4, 2],
  startTime: '10:00',
  endTime: '11:30',
  firstDate: '2027-03-02',
  lastDate: '2027-04-08',
  timeZone: 'Europe/Chisinau',
};

describe('a schedule in words', () => {
  it('names the weekdays and dates in each language', () => {
    expect(scheduleParts(schedule, 'ro')).toMatchObject({ days: 'marți și joi', from: '2 martie 2027' });
    expect(scheduleParts(schedule, 'ru').days).toBe('вторник и четверг');
    expect(scheduleParts(schedule, 'uk').days).toBe('вівторок і четвер');
    expect(scheduleParts(schedule, 'pl').to).toBe('8 kwietnia 2027');
    expect(describeSchedule('{days}, {start}–{end}, from {from} to {to}', schedule, 'en')).toBe(
      'Tuesday and Thursday, 10:00–11:30, from March 2, 2027 to April 8, 2027',
    );
  });
});
