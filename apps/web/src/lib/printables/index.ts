/** Course downloads as printable pages: the links the course page and the lesson player use. */
export { downloadHref, pdfHref, isDownloadName } from './links';
