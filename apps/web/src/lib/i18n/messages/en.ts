import type { CoreMessages } from './messages';
import { accountMenu } from './account-menu/en';
import { player } from './player/en';

/** The sign-in, trainer, plans and printables messages are loaded apart (see ../index.ts). */
export const en: CoreMessages = {
  accountMenu,
  siteName: 'Punte',
  siteTagline: 'Free courses at your library',
  skipLink: 'Skip to main content',
  languageNavLabel: 'Choose a language',
  footer: 'Punte — learning together at the library.',
  home: {
    title: 'Courses',
    intro: 'Choose a course. You can learn at your own pace and come back at any time.',
    empty: 'There are no courses yet. Please check back soon or ask a librarian.',
  },
  course: {
    audience: 'Who it is for',
    audiences: { seniors: 'Seniors', librarians: 'Librarians', trainers: 'Trainers', everyone: 'Everyone' },
    duration: 'Estimated time',
    lessons: { one: '{count} lesson', other: '{count} lessons' },
    modules: { one: '{count} module', other: '{count} modules' },
    steps: { one: '{count} step', other: '{count} steps' },
    backToList: 'Back to the course list',
    contentsHeading: 'What you will learn',
    moduleLabel: 'Module {number}',
  },
  player,
  errors: {
    notFoundTitle: 'Page not found',
    notFoundBody:
      'We could not find what you were looking for. The address may be mistyped. Go back to the course list and choose from there.',
    courseNotFoundTitle: 'Course not found',
    courseNotFoundBody:
      'This course does not exist or is no longer available. Go back to the course list and choose another course.',
    apiUnavailableTitle: 'We cannot connect right now',
    apiUnavailableBody:
      'The course server is not answering. Wait a minute, then press “Try again”. If it still does not work, ask a librarian for help.',
    apiRetrying: 'This page also tries again by itself every few seconds.',
    unexpectedTitle: 'Something went wrong',
    unexpectedBody:
      'An unexpected error happened. It is not your fault. Press “Try again” or go back to the course list.',
    tryAgain: 'Try again',
    goHome: 'Go to the course list',
  },
};
