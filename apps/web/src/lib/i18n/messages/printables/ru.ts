import type { PrintablesMessages } from './messages';

export const printables: PrintablesMessages = {
  courseHeading: 'Для печати',
  courseIntro: 'Страницы, которые можно распечатать или скачать в формате PDF.',
  backToCourse: 'Назад к курсу',
  print: 'Распечатать страницу',
  downloadPdf: 'Скачать PDF',
  otherLanguage: 'Этой страницы нет на вашем языке. Мы показываем её на языке: {language}.',
  notFoundTitle: 'Мы не нашли эту страницу',
  notFoundBody: 'В курсе нет страницы для печати с таким названием. Вернитесь к курсу и выберите из списка.',
};
