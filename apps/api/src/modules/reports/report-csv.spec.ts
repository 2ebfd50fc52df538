import { parse } from 'csv-parse/sync';
import { learners, lessons, progress } from './__fixtures__/small-group';
import { reportCsv } from './report-csv';

const parseBack = (csv: string, delimiter: string): string[][] => parse(csv, { delimiter, bom: true });

describe('the CSV export', () => {
  it('starts with a byte-order mark and has one row per learner and lesson, in Russian', () => {
    const csv = reportCsv(lessons, learners, progress, { locale: 'ru', timeZone: 'Europe/Chisinau' });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseBack(csv, ';');
    expect(header).toEqual([
      'Слушатель',
      'Курс',
      'Урок',
      'Статус',
      'Пройдено (%)',
      'Результат теста (%)',
      'Попытки',
      'Подсказки',
      'Время занятий (мин)',
      'Последняя активность',
    ]);
    expect(rows).toHaveLength(learners.length * lessons.length);
    expect(rows[0]).toEqual([
      'Ana P.',
      'Comunicare online',
      'Primul e-mail',
      'пройден',
      '100',
      '100',
      '3',
      '1',
      '10',
      '2027-03-02 11:00',
    ]);
    expect(rows[2]).toEqual([
      'Ион',
      'Comunicare online',
      'Primul e-mail',
      'в процессе',
      '50',
      '',
      '3',
      '0',
      '5',
      '2027-03-02 11:10',
    ]);
    expect(rows[7]).toEqual([
      'Petru',
      'Comunicare online',
      'Apel video',
      'не начат',
      '0',
      '',
      '0',
      '0',
      '0',
      '',
    ]);
  });

  it('keeps Romanian letters, quotes and separators inside a cell intact, comma-separated in English', () => {
    const tricky = [{ learnerId: 'ana', name: 'Ștefănescu; "Țuțu", Ana' }];
    const csv = reportCsv(lessons, tricky, progress, { locale: 'en', timeZone: 'Europe/Warsaw' });
    const [header, first] = parseBack(csv, ',');
    expect(header[0]).toBe('Learner');
    expect(first[0]).toBe('Ștefănescu; "Țuțu", Ana');
    expect(first[3]).toBe('completed');
    expect(first[9]).toBe('2027-03-02 10:00');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
