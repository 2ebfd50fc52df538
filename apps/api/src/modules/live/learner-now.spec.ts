import {
  answerKeyOf,
  persistLesson,
  replay,
  toPublicLesson,
  type LearnerEvent,
  type LessonDefinition,
} from '@punte/course-engine';
import { liveCard } from './live-card';
import { learnerNowOf, type LiveProgressDoc } from './learner-now';

const t = (en: string, ru = en) => ({ ro: en, ru, uk: en, pl: en, en });
const definition: LessonDefinition = {
  id: 'first-email',
  title: t('First e-mail', 'Первое письмо'),
  estimatedMinutes: 10,
  contentVersion: 'v1',
  steps: [
    { id: 'intro', kind: 'reading', title: t('Intro'), body: t('Hello') },
    {
      id: 'send',
      kind: 'practice',
      tool: 'email',
      title: t('Send', 'Отправка'),
      intro: t('Send one'),
      scenario: {},
      checkpoints: [
        { id: 'open', event: 'compose.opened', guidance: t('Open compose', 'Откройте новое письмо') },
        { id: 'sent', event: 'message.sent', guidance: t('Send it', 'Отправьте') },
      ],
    },
    {
      id: 'check',
      kind: 'quiz',
      title: t('Check', 'Проверка'),
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
      ],
    },
  ],
};
const lesson = toPublicLesson(definition);
const start = Date.parse('2027-03-02T08:00:00Z');
const at = (seconds: number) => start + seconds * 1000;

function docAfter(
  events: LearnerEvent[],
  status: LiveProgressDoc['status'] = 'in-progress',
): LiveProgressDoc {
  const actor = replay(lesson, events, { seed: 's', startedAt: start, answerKey: answerKeyOf(definition) });
  const snapshot = persistLesson(actor);
  return {
    learnerId: 'ion',
    lessonId: lesson.id,
    status,
    lastActivityAt: new Date(events.at(-1)!.at),
    snapshot: snapshot as unknown as LiveProgressDoc['snapshot'],
  };
}

const wrong = (id: string, seconds: number): LearnerEvent => ({
  id,
  at: at(seconds),
  event: { type: 'answer.submit', questionId: 'q1', answer: { kind: 'single-choice', optionId: 'b' } },
});
const toQuiz: LearnerEvent[] = [
  { id: 'e1', at: at(30), event: { type: 'step.next' } },
  { id: 'e2', at: at(40), event: { type: 'checkpoint.reach', event: 'compose.opened' } },
  { id: 'e3', at: at(50), event: { type: 'checkpoint.reach', event: 'message.sent' } },
  { id: 'e4', at: at(60), event: { type: 'step.next' } },
];
const member = { learnerId: 'ion', name: 'Ион' };

describe('a learner in the live view, from the stored engine snapshot', () => {
  it('shows the simulation checkpoint reached, in the trainer language', () => {
    const doc = docAfter(toQuiz.slice(0, 2));
    const now = new Date(at(45));
    const card = liveCard(learnerNowOf(member, doc, lesson, { locale: 'ru', now }), { now });
    expect(card).toMatchObject({
      status: 'working',
      lessonTitle: 'Первое письмо',
      stepTitle: 'Отправка',
      stepNumber: 2,
      stepCount: 3,
      checkpoint: '1/2 · Откройте новое письмо',
    });
  });

  it('turns stuck after three wrong answers in a row, and "helped" clears it', () => {
    const doc = docAfter([...toQuiz, wrong('w1', 70), wrong('w2', 80), wrong('w3', 90)]);
    const now = new Date(at(95));
    const stuck = learnerNowOf(member, doc, lesson, { locale: 'en', now });
    expect(liveCard(stuck, { now })).toMatchObject({
      status: 'stuck',
      stuckReason: 'failed-attempts',
      stepTitle: 'Check',
      wrongAttempts: 3,
    });
    const helped = learnerNowOf(member, doc, lesson, { locale: 'en', now, helpedAt: new Date(at(94)) });
    expect(liveCard(helped, { now }).status).toBe('working');
  });

  it('counts the time on the step, including the stretch since the last event', () => {
    const doc = docAfter([...toQuiz, wrong('w1', 70)]);
    const near = learnerNowOf(member, doc, lesson, { locale: 'en', now: new Date(at(100)) });
    const later = learnerNowOf(member, doc, lesson, { locale: 'en', now: new Date(at(130)) });
    expect(later.timeOnStepMs - near.timeOnStepMs).toBe(30_000);
  });

  it('shows someone who has not opened a lesson, and someone who finished', () => {
    const now = new Date(at(10));
    expect(liveCard(learnerNowOf(member, null, null, { locale: 'en', now }), { now }).status).toBe(
      'not-started',
    );
    const done = docAfter(toQuiz, 'completed');
    expect(liveCard(learnerNowOf(member, done, lesson, { locale: 'en', now }), { now }).status).toBe(
      'finished',
    );
  });
});
