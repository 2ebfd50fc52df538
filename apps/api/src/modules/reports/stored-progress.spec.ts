import {
  answerKeyOf,
  persistLesson,
  replay,
  toPublicLesson,
  type LearnerEvent,
  type LessonDefinition,
} from '@punte/course-engine';
import {
  activityOf,
  reportLessonOf,
  type StoredLessonProgress,
  toLearnerLessonProgress,
} from './stored-progress';

const t = (en: string) => ({ ro: en, ru: en, uk: en, pl: en, en });
const definition: LessonDefinition = {
  id: 'what-is-email',
  title: t('What e-mail is'),
  estimatedMinutes: 15,
  contentVersion: 'v1',
  steps: [
    { id: 'intro', kind: 'reading', title: t('Intro'), body: t('Hello') },
    { id: 'watch', kind: 'video', title: t('Watch'), src: 'a.mp4', durationSeconds: 60, captions: {} },
    {
      id: 'check',
      kind: 'quiz',
      title: t('Check'),
      questions: [
        {
          id: 'q1',
          kind: 'single-choice',
          prompt: t('Which is an address?'),
          options: [
            { id: 'a', text: t('ana@example.org') },
            { id: 'b', text: t('ana.example.org') },
          ],
          correct: 'a',
        },
        {
          id: 'q2',
          kind: 'short-text',
          prompt: t('Name it'),
          accepted: { en: ['email'] },
          reveal: 'on-request',
        },
      ],
    },
    { id: 'done', kind: 'summary', title: t('Done'), body: t('Well done') },
  ],
};
const lesson = toPublicLesson(definition);
const start = Date.parse('2027-03-02T08:00:00Z');
const events: LearnerEvent[] = [
  { id: 'e1', at: start + 60_000, event: { type: 'step.next' } },
  { id: 'e2', at: start + 120_000, event: { type: 'video.progress', watchedShare: 1 } },
];

function stored(): StoredLessonProgress {
  const actor = replay(lesson, events, { seed: 's', startedAt: start, answerKey: answerKeyOf(definition) });
  const snapshot = persistLesson(actor, 'e2');
  return {
    learnerId: 'ana',
    lessonId: lesson.id,
    snapshot,
    lastActivityAt: new Date(start + 130_000),
    events: [
      ...events.map((e) => ({ receivedAt: new Date(e.at + 500), event: e.event })),
      // As the progress store logs answers: with the verdict the learner was shown.
      {
        receivedAt: new Date(start + 125_000),
        event: { type: 'answer.submit', questionId: 'q1', answer: { kind: 'single-choice', optionId: 'b' } },
        verdict: { correct: false },
      },
      {
        receivedAt: new Date(start + 126_000),
        event: { type: 'solution.reveal', questionId: 'q2' },
        verdict: {},
      },
    ],
  };
}

describe('stored progress read for reports', () => {
  it('summarises the engine snapshot: current step, completion and time on task', () => {
    const progress = toLearnerLessonProgress(stored(), lesson, new Date(start + 140_000));
    expect(progress.summary.currentStepId).toBe('watch');
    expect(progress.summary.completed).toBe(false);
    expect(progress.summary.steps.find((s) => s.stepId === 'intro')?.completed).toBe(true);
    expect(progress.summary.timeMs).toBeGreaterThan(0);
    expect(progress.lastSeenAt.toISOString()).toBe('2027-03-02T08:02:10.000Z');
  });

  it('takes graded answers from the log and leaves reveals out', () => {
    expect(toLearnerLessonProgress(stored(), lesson, new Date()).answers).toEqual([
      { questionId: 'q1', answer: { kind: 'single-choice', optionId: 'b' }, correct: false },
    ]);
  });

  it('dates activity by when the server received it', () => {
    expect(activityOf([stored()]).map((a) => a.at.toISOString())).toEqual([
      '2027-03-02T08:01:00.500Z',
      '2027-03-02T08:02:00.500Z',
      '2027-03-02T08:02:05.000Z',
      '2027-03-02T08:02:06.000Z',
    ]);
  });

  it('names the lesson, its steps and questions in the trainer language', () => {
    const report = reportLessonOf({ slug: 'email', title: 'E-mail' }, lesson, 'ro');
    expect(report).toMatchObject({ courseSlug: 'email', lessonId: 'what-is-email', title: 'What e-mail is' });
    expect(report.steps.map((s) => s.stepId)).toEqual(['intro', 'watch', 'check', 'done']);
    expect(Object.keys(report.questions)).toEqual(['q1', 'q2']);
    expect(JSON.stringify(report.questions)).not.toContain('"correct"');
  });
});
