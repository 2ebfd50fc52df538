import { MESSAGES } from '../i18n/all-messages';
import { fieldKeyOf, fieldProblemLine, fieldProblemText } from './field-problems';

describe('a refused group field, in the trainer language', () => {
  it('names the field and says what to do, with the bound it missed', () => {
    expect(
      fieldProblemLine(
        { field: 'capacity', problem: 'out-of-range', min: 1, max: 50, message: '' },
        MESSAGES.en.trainer,
      ),
    ).toBe('Number of places: Please enter a whole number from 1 to 50.');
    expect(
      fieldProblemLine(
        { field: 'capacity', problem: 'out-of-range', min: 1, max: 50, message: '' },
        MESSAGES.ro.trainer,
      ),
    ).toBe('Numărul de locuri: Introduceți un număr întreg de la 1 la 50.');
    expect(
      fieldProblemLine({ field: 'name', problem: 'too-big', limit: 100, message: '' }, MESSAGES.ru.trainer),
    ).toBe('Название группы: Не больше 100 символов.');
    expect(
      fieldProblemLine(
        { field: 'schedule.endTime', problem: 'end-not-after-start', message: '' },
        MESSAGES.uk.trainer,
      ),
    ).toBe('Завершення: Заняття має завершуватися пізніше, ніж починається.');
  });

  it('finds the form field of a nested path and falls back for unknown problems', () => {
    expect(fieldKeyOf('schedule.weekdays.0')).toBe('weekdays');
    expect(fieldKeyOf('courseSlugs.2')).toBe('courses');
    expect(fieldKeyOf('nonsense')).toBeNull();
    expect(fieldKeyOf('stuckAfterMinutes')).toBe('stuckAfterMinutes');
    expect(
      fieldProblemText({ field: 'courseSlugs', problem: 'too-small', message: '' }, MESSAGES.pl.trainer),
    ).toBe('Proszę wybrać co najmniej jeden kurs.');
    expect(
      fieldProblemText({ field: 'language', problem: 'invalid', message: '' }, MESSAGES.pl.trainer),
    ).toBe('Proszę sprawdzić to pole.');
  });

  it('names a refused co-trainer by the address the trainer typed, in their language', () => {
    const refused = { field: 'coTrainers.1', problem: 'unknown-trainer', message: 'x is not a trainer' };
    expect(fieldKeyOf(refused.field)).toBe('coTrainers');
    expect(fieldProblemLine(refused, MESSAGES.ru.trainer, 'olga@example.md')).toBe(
      'Помощники тренера: olga@example.md — это не учётная запись тренера на этом сайте. Проверьте, пожалуйста, адрес.',
    );
    for (const locale of ['ro', 'uk', 'pl', 'en'] as const)
      expect(fieldProblemText(refused, MESSAGES[locale].trainer, 'olga@example.md')).toContain(
        'olga@example.md',
      );
  });
});
