/** The strings of a learner's assembled plan, its read-only view for trainers, and the trainer's guide. */
export interface PlansMessages {
  backToCourse: string;
  print: string;
  downloadPdf: string;
  /** `{filled}` of `{total}` fields have something written in them. */
  filled: string;
  /** Above each part: the lesson it comes from; `{lesson}` is its title. */
  fromLesson: string;
  notReached: string;
  openLesson: string;
  /** The course page's section linking to the course's plans. */
  courseHeading: string;
  courseIntro: string;
  /** A trainer's report of a learner: the plans they have written in. */
  reportHeading: string;
  /** A trainer's report: the learner has written in no plan yet. */
  noPlanYet: string;
  notFilled: string;
  optional: string;
  save: string;
  saved: string;
  saving: string;
  offline: string;
  /** `{reason}` is the server's explanation. */
  refused: string;
  guestTitle: string;
  guestBody: string;
  signIn: string;
  /** The trainer's view; `{name}` is the learner's name. */
  learnerHeading: string;
  readOnly: string;
  trainerGuideNote: string;
}
