import type { PrintablesMessages } from './messages';

export const printables: PrintablesMessages = {
  courseHeading: 'De tipărit',
  courseIntro: 'Pagini pe care le puteți tipări sau descărca în format PDF.',
  backToCourse: 'Înapoi la curs',
  print: 'Tipăriți pagina',
  downloadPdf: 'Descărcați PDF',
  otherLanguage: 'Această pagină nu există în limba dumneavoastră. O arătăm în această limbă: {language}.',
  notFoundTitle: 'Nu am găsit această pagină',
  notFoundBody:
    'Cursul nu are o pagină de tipărit cu acest nume. Întoarceți-vă la curs și alegeți din listă.',
};
