import { type ProgressSummary } from '@punte/course-engine';
import {
  type AnswerRecord,
  type LearnerLessonProgress,
  type ReportLearner,
  type ReportLesson,
} from '../report-input';

/** A known group: four learners, two lessons, figures worked out by hand in the specs. */
export const lessons: ReportLesson[] = [
  {
    courseSlug: 'online-communication',
    courseTitle: 'Comunicare online',
    lessonId: 'email-basics',
    title: 'Primul e-mail',
    fallbackLocale: 'ro',
    steps: [
      { stepId: 'read', title: 'Ce este un e-mail' },
      { stepId: 'check', title: 'Verificare' },
    ],
    questions: {
      q1: {
        id: 'q1',
        kind: 'single-choice',
        prompt: { ro: 'Unde scrieți adresa destinatarului?', ru: 'Где пишут адрес получателя?' },
        options: [
          { id: 'a', text: { ro: 'În câmpul „Către”', ru: 'В поле «Кому»' } },
          { id: 'b', text: { ro: 'În subiect', ru: 'В теме' } },
          { id: 'c', text: { ro: 'În text', ru: 'В тексте письма' } },
        ],
      },
      q2: { id: 'q2', kind: 'true-false', prompt: { ro: 'Parola se spune prietenilor.' } },
    },
  },
  {
    courseSlug: 'online-communication',
    courseTitle: 'Comunicare online',
    lessonId: 'video-calls',
    title: 'Apel video',
    fallbackLocale: 'ro',
    steps: [{ stepId: 'check', title: 'Verificare' }],
    questions: {
      q3: { id: 'q3', kind: 'short-text', prompt: { ro: 'Numiți o aplicație de apel video.' } },
    },
  },
];

export const learners: ReportLearner[] = [
  { learnerId: 'ana', name: 'Ana P.' },
  { learnerId: 'ion', name: 'Ион' },
  { learnerId: 'olena', name: 'Олена' },
  { learnerId: 'petru', name: 'Petru' },
];

function summary(lessonId: string, fields: Partial<ProgressSummary>): ProgressSummary {
  return {
    lessonId,
    completed: false,
    completion: 0,
    currentStepId: 'check',
    attempts: 0,
    hintsUsed: 0,
    timeMs: 0,
    stuck: false,
    steps: [],
    ...fields,
  };
}

const choice = (questionId: string, optionId: string, correct: boolean): AnswerRecord => ({
  questionId,
  answer: { kind: 'single-choice', optionId },
  correct,
});

export const progress: LearnerLessonProgress[] = [
  {
    learnerId: 'ana',
    lessonId: 'email-basics',
    lastSeenAt: new Date('2027-03-02T09:00:00Z'),
    summary: summary('email-basics', {
      completed: true,
      completion: 1,
      currentStepId: null,
      score: 1,
      attempts: 3,
      hintsUsed: 1,
      timeMs: 600_000,
      steps: [
        { stepId: 'read', status: 'completed', completed: true, attempts: 0, hintsUsed: 0, timeMs: 200_000 },
        {
          stepId: 'check',
          status: 'passed',
          completed: true,
          attempts: 3,
          hintsUsed: 1,
          timeMs: 400_000,
          score: 1,
        },
      ],
    }),
    answers: [
      choice('q1', 'b', false),
      choice('q1', 'a', true),
      { questionId: 'q2', answer: { kind: 'true-false', value: false }, correct: true },
    ],
  },
  {
    learnerId: 'ion',
    lessonId: 'email-basics',
    lastSeenAt: new Date('2027-03-02T09:10:00Z'),
    summary: summary('email-basics', { completion: 0.5, attempts: 3, timeMs: 300_000, stuck: true }),
    answers: [choice('q1', 'b', false), choice('q1', 'c', false), choice('q1', 'b', false)],
  },
  {
    learnerId: 'olena',
    lessonId: 'email-basics',
    lastSeenAt: new Date('2027-03-02T08:50:00Z'),
    summary: summary('email-basics', {
      completed: true,
      completion: 1,
      currentStepId: null,
      score: 0.5,
      timeMs: 900_000,
    }),
    answers: [
      choice('q1', 'a', true),
      { questionId: 'q2', answer: { kind: 'true-false', value: true }, correct: false },
    ],
  },
  {
    learnerId: 'ana',
    lessonId: 'video-calls',
    lastSeenAt: new Date('2027-03-04T08:30:00Z'),
    summary: summary('video-calls', { timeMs: 120_000 }),
    answers: [{ questionId: 'q3', answer: { kind: 'short-text', text: 'Skype ' }, correct: false }],
  },
  {
    learnerId: 'olena',
    lessonId: 'video-calls',
    lastSeenAt: new Date('2027-03-04T08:20:00Z'),
    summary: summary('video-calls', {
      completed: true,
      completion: 1,
      currentStepId: null,
      score: 1,
      timeMs: 200_000,
    }),
    answers: [
      { questionId: 'q3', answer: { kind: 'short-text', text: 'skype' }, correct: false },
      { questionId: 'q3', answer: { kind: 'short-text', text: 'Zoom' }, correct: true },
    ],
  },
  // Someone who left the group: their progress is kept but is not this group's report.
  {
    learnerId: 'stranger',
    lessonId: 'email-basics',
    lastSeenAt: new Date('2027-03-02T09:00:00Z'),
    summary: summary('email-basics', { completed: true, completion: 1, score: 0 }),
    answers: [choice('q1', 'c', false)],
  },
];
