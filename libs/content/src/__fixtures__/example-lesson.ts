import type { LessonDefinition } from '@punte/course-engine';

const t = (en: string) => ({ ro: en, ru: en, uk: en, pl: en, en });

/** A small lesson with every step kind and a remediation loop (as in the engine's specs). */
export function exampleLesson(): LessonDefinition {
  return {
    id: 'what-is-email',
    title: t('What e-mail is'),
    estimatedMinutes: 15,
    contentVersion: 'v1',
    steps: [
      { id: 'intro', kind: 'reading', title: t('Intro'), body: t('Hello') },
      {
        id: 'watch',
        kind: 'video',
        title: t('Watch'),
        src: 'media/a.mp4',
        durationSeconds: 60,
        captions: {},
        requiredWatchShare: 0.5,
      },
      {
        id: 'send',
        kind: 'practice',
        tool: 'email',
        title: t('Send'),
        intro: t('Send one'),
        scenario: {},
        checkpoints: [
          { id: 'open', event: 'compose.opened', guidance: t('Open compose') },
          { id: 'subject', event: 'subject.entered', guidance: t('Subject'), optional: true },
          { id: 'sent', event: 'message.sent', match: { to: 'ana@exemplu.md' }, guidance: t('Send it') },
        ],
      },
      {
        id: 'check',
        kind: 'quiz',
        title: t('Check'),
        masteryThreshold: 0.5,
        shuffleQuestions: true,
        routes: [{ on: 'failed', to: 'remediation' }],
        next: 'done',
        questions: [
          {
            id: 'q1',
            kind: 'single-choice',
            prompt: t('Which is an address?'),
            hint: t('Look for @'),
            maxAttempts: 3,
            shuffleOptions: true,
            options: [
              { id: 'a', text: t('ana@exemplu.md') },
              { id: 'b', text: t('ana.exemplu.md'), feedback: t('No @ here') },
              { id: 'c', text: t('www.exemplu.md') },
            ],
            correct: 'a',
            feedback: { correct: t('Yes'), incorrect: t('No') },
            explanation: t('An address has an @ in the middle'),
          },
          {
            id: 'q2',
            kind: 'short-text',
            prompt: t('Name it'),
            accepted: { ro: ['poștă'], en: ['email', 'e-mail'] },
            maxAttempts: 2,
            reveal: 'on-request',
          },
        ],
      },
      { id: 'remediation', kind: 'reading', title: t('Again'), body: t('Read again'), next: 'check' },
      { id: 'done', kind: 'summary', title: t('Done'), body: t('Well done') },
    ],
  };
}
