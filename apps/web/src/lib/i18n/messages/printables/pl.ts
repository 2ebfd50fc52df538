import type { PrintablesMessages } from './messages';

export const printables: PrintablesMessages = {
  courseHeading: 'Do druku',
  courseIntro: 'Strony, które można wydrukować albo pobrać jako PDF.',
  backToCourse: 'Wróć do kursu',
  print: 'Wydrukuj stronę',
  downloadPdf: 'Pobierz PDF',
  otherLanguage: 'Tej strony nie ma w Twoim języku. Pokazujemy ją w języku: {language}.',
  notFoundTitle: 'Nie znaleźliśmy tej strony',
  notFoundBody: 'Kurs nie ma strony do druku o tej nazwie. Wróć do kursu i wybierz z listy.',
};
