import type { PlansMessages } from './messages';

export const plans: PlansMessages = {
  backToCourse: 'Back to the course',
  print: 'Print the plan',
  downloadPdf: 'Download PDF',
  filled: '{filled} of {total} answers written',
  fromLesson: 'From the lesson “{lesson}”',
  notReached: 'You will write this part in the lesson “{lesson}”.',
  openLesson: 'Open the lesson',
  courseHeading: 'Your plan',
  reportHeading: 'Plans',
  noPlanYet: 'No plan yet',
  courseIntro:
    'What you write in the worksheets of this course adds up to one plan. Open it to read it, change it or download it.',
  notFilled: 'Not written yet',
  optional: '(optional)',
  save: 'Save this part',
  saved: 'Saved',
  saving: 'Saving…',
  offline:
    'No connection. Your changes are kept on this computer and will be sent when the connection is back.',
  refused: 'This change could not be saved: {reason}',
  guestTitle: 'Your plan is kept with your account',
  guestBody:
    'Sign in to see your plan in one place, change it and download it as a PDF. What you wrote in the worksheets on this computer is carried over to your account when you sign in.',
  signIn: 'Sign in',
  learnerHeading: 'Plan of {name}',
  readOnly: 'You can read this plan. Only the learner can change it.',
  trainerGuideNote: 'For trainers: learners do not see this page.',
};
