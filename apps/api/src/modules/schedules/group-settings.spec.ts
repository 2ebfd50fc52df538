import { InvalidFieldsError, parseFields } from './field-errors';
import { DEFAULT_CAPACITY, type GroupSettingsInput, groupSettingsSchema } from './group-settings';

const valid: GroupSettingsInput = {
  name: 'Seniori online — marți și joi',
  language: 'ro',
  courseSlugs: ['online-communication'],
  place: { library: 'Biblioteca „Ștefan cel Mare”', room: 'Sala 2' },
  schedule: {
    weekdays: [2, 4],
    startTime: '10:00',
    endTime: '11:30',
    firstDate: '2027-03-02',
    lastDate: '2027-04-08',
    timeZone: 'Europe/Chisinau',
  },
};

function fieldsRefused(input: unknown): string[] {
  try {
    parseFields(groupSettingsSchema, input);
  } catch (error) {
    if (error instanceof InvalidFieldsError) return error.fields.map((f) => f.field);
    throw error;
  }
  return [];
}

describe('group settings', () => {
  it('accepts a real group and gives it a capacity of 10 by default', () => {
    const settings = parseFields(groupSettingsSchema, valid);
    expect(settings.capacity).toBe(DEFAULT_CAPACITY);
    expect(settings.name).toBe('Seniori online — marți și joi');
    expect(settings.place.room).toBe('Sala 2');
  });

  it('flags no progress after 10 minutes unless the group says otherwise, 2 to 60', () => {
    expect(parseFields(groupSettingsSchema, valid).stuckAfterMinutes).toBe(10);
    expect(parseFields(groupSettingsSchema, { ...valid, stuckAfterMinutes: 5 }).stuckAfterMinutes).toBe(5);
    expect(fieldsRefused({ ...valid, stuckAfterMinutes: 0 })).toEqual(['stuckAfterMinutes']);
    expect(fieldsRefused({ ...valid, stuckAfterMinutes: 600 })).toEqual(['stuckAfterMinutes']);
  });

  it('refuses a capacity of 0 or 500, naming the field', () => {
    expect(fieldsRefused({ ...valid, capacity: 0 })).toEqual(['capacity']);
    expect(fieldsRefused({ ...valid, capacity: 500 })).toEqual(['capacity']);
    expect(fieldsRefused({ ...valid, capacity: 2.5 })).toEqual(['capacity']);
  });

  it('refuses a name of 10,000 characters, an empty name and control characters', () => {
    expect(fieldsRefused({ ...valid, name: 'a'.repeat(10_000) })).toEqual(['name']);
    expect(fieldsRefused({ ...valid, name: '   ' })).toEqual(['name']);
    expect(fieldsRefused({ ...valid, name: 'Group\u0000one' })).toEqual(['name']);
  });

  it('names a bad field inside the schedule and the place', () => {
    expect(
      fieldsRefused({ ...valid, place: { library: '' }, schedule: { ...valid.schedule, endTime: '09:00' } }),
    ).toEqual(['place.library', 'schedule.endTime']);
  });

  it('refuses objects where text belongs, an unknown language and no course', () => {
    expect(fieldsRefused({ ...valid, name: { $gt: '' }, language: 'de', courseSlugs: [] }).sort()).toEqual([
      'courseSlugs',
      'language',
      'name',
    ]);
  });
});

describe('the refusal of group settings', () => {
  it('gives the range a capacity must be in, for the translated message', () => {
    try {
      parseFields(groupSettingsSchema, { ...valid, capacity: 500 });
      throw new Error('accepted');
    } catch (error) {
      expect((error as InvalidFieldsError).fields).toEqual([
        {
          field: 'capacity',
          problem: 'out-of-range',
          min: 1,
          max: 50,
          message: 'must be a whole number from 1 to 50',
        },
      ]);
    }
  });
});
