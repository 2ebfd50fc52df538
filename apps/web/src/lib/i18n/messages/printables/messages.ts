/** The strings of printable downloads: their page, and their list on the course page. */
export interface PrintablesMessages {
  /** Heading of the downloads list on the course page. */
  courseHeading: string;
  courseIntro: string;
  backToCourse: string;
  print: string;
  downloadPdf: string;
  /** Shown when the course has no text in the learner's language; `{language}` is the one shown. */
  otherLanguage: string;
  notFoundTitle: string;
  notFoundBody: string;
}
