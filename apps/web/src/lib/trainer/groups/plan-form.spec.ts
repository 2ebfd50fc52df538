import { MESSAGES } from '../../i18n/all-messages';
import { problemsByField, timeZoneLabel, weekdayNames } from './plan-form';

describe('the group form', () => {
  it('names weekdays Monday first in the trainer language', () => {
    expect(weekdayNames('ro').map((d) => d.name)).toEqual([
      'luni',
      'marți',
      'miercuri',
      'joi',
      'vineri',
      'sâmbătă',
      'duminică',
    ]);
    expect(weekdayNames('uk')[1]).toEqual({ day: 2, name: 'вівторок' });
  });

  it('labels a time zone with its name', () => {
    expect(timeZoneLabel('Europe/Chisinau', 'en')).toBe('Europe/Chisinau — Eastern European Time');
  });

  it('keeps the first refusal of each field, in words', () => {
    expect(
      problemsByField(
        [
          { field: 'schedule.endTime', problem: 'end-not-after-start', message: '' },
          { field: 'name', problem: 'too-big', limit: 100, message: '' },
          { field: 'name', problem: 'control-characters', message: '' },
        ],
        MESSAGES.en.trainer,
      ),
    ).toEqual({
      endTime: 'The end time must be later than the start time.',
      name: 'Please use at most 100 characters.',
    });
  });
});
