import { type Locale } from '@punte/course-engine';

/** The few words the plan's PDF prints around the learner's own text. */
export const PLAN_WORDS: Record<Locale, { notFilled: string; lesson: string; learner: string }> = {
  ro: { notFilled: '(necompletat încă)', lesson: 'Lecția', learner: 'Cursant' },
  ru: { notFilled: '(ещё не заполнено)', lesson: 'Урок', learner: 'Слушатель' },
  uk: { notFilled: '(ще не заповнено)', lesson: 'Урок', learner: 'Слухач' },
  pl: { notFilled: '(jeszcze nie wypełniono)', lesson: 'Lekcja', learner: 'Uczestnik' },
  en: { notFilled: '(not filled in yet)', lesson: 'Lesson', learner: 'Learner' },
};
