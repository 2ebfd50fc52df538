import type { PrintablesMessages } from './messages';

export const printables: PrintablesMessages = {
  courseHeading: 'To print',
  courseIntro: 'Pages you can print or download as a PDF.',
  backToCourse: 'Back to the course',
  print: 'Print this page',
  downloadPdf: 'Download PDF',
  otherLanguage: 'This page does not exist in your language. We show it in this language: {language}.',
  notFoundTitle: 'We could not find this page',
  notFoundBody:
    'The course has no printable page with this name. Go back to the course and choose from the list.',
};
