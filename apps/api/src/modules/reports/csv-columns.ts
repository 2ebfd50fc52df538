import { type Locale } from '@punte/course-engine';
import { type LessonStatus } from './group-report';

export const CSV_COLUMNS = [
  'learner',
  'course',
  'lesson',
  'status',
  'completion',
  'score',
  'attempts',
  'hints',
  'minutes',
  'lastSeen',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

interface CsvWords {
  columns: Record<CsvColumn, string>;
  status: Record<LessonStatus, string>;
}

/** Column names and status words in the trainer's language: the file goes to the library's management. */
export const CSV_WORDS: Record<Locale, CsvWords> = {
  ro: {
    columns: {
      learner: 'Cursant',
      course: 'Curs',
      lesson: 'Lecție',
      status: 'Stare',
      completion: 'Parcurs (%)',
      score: 'Scor la test (%)',
      attempts: 'Încercări',
      hints: 'Indicii folosite',
      minutes: 'Timp de lucru (minute)',
      lastSeen: 'Ultima activitate',
    },
    status: { 'not-started': 'neînceput', 'in-progress': 'în curs', completed: 'terminat' },
  },
  ru: {
    columns: {
      learner: 'Слушатель',
      course: 'Курс',
      lesson: 'Урок',
      status: 'Статус',
      completion: 'Пройдено (%)',
      score: 'Результат теста (%)',
      attempts: 'Попытки',
      hints: 'Подсказки',
      minutes: 'Время занятий (мин)',
      lastSeen: 'Последняя активность',
    },
    status: { 'not-started': 'не начат', 'in-progress': 'в процессе', completed: 'пройден' },
  },
  uk: {
    columns: {
      learner: 'Слухач',
      course: 'Курс',
      lesson: 'Урок',
      status: 'Стан',
      completion: 'Пройдено (%)',
      score: 'Результат тесту (%)',
      attempts: 'Спроби',
      hints: 'Підказки',
      minutes: 'Час навчання (хв)',
      lastSeen: 'Остання активність',
    },
    status: { 'not-started': 'не розпочато', 'in-progress': 'триває', completed: 'пройдено' },
  },
  pl: {
    columns: {
      learner: 'Uczestnik',
      course: 'Kurs',
      lesson: 'Lekcja',
      status: 'Stan',
      completion: 'Ukończono (%)',
      score: 'Wynik testu (%)',
      attempts: 'Próby',
      hints: 'Podpowiedzi',
      minutes: 'Czas nauki (min)',
      lastSeen: 'Ostatnia aktywność',
    },
    status: { 'not-started': 'nierozpoczęta', 'in-progress': 'w toku', completed: 'ukończona' },
  },
  en: {
    columns: {
      learner: 'Learner',
      course: 'Course',
      lesson: 'Lesson',
      status: 'Status',
      completion: 'Completed (%)',
      score: 'Quiz score (%)',
      attempts: 'Attempts',
      hints: 'Hints used',
      minutes: 'Time on task (minutes)',
      lastSeen: 'Last activity',
    },
    status: { 'not-started': 'not started', 'in-progress': 'in progress', completed: 'completed' },
  },
};

/**
 * Excel opens a CSV with the list separator of the computer's regional settings: a semicolon where
 * the decimal mark is a comma (Moldova, Ukraine, Poland, Russian settings), a comma in English.
 */
export const CSV_DELIMITER: Record<Locale, ';' | ','> = { ro: ';', ru: ';', uk: ';', pl: ';', en: ',' };
