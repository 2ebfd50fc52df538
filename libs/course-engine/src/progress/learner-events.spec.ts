import { exampleLesson } from '../__fixtures__/example-lesson';
import { worksheetLesson } from '../__fixtures__/worksheet-lesson';
import type { LessonEvent } from '../machines/events';
import { answerKeyOf, toPublicLesson } from '../public-view';
import { replay } from './replay';
import { sendLearnerEvent, type LearnerEvent } from './learner-events';

const full = exampleLesson();
const lesson = toPublicLesson(full);
const server = { seed: 1, startedAt: 0, locale: 'en' as const, answerKey: answerKeyOf(full) };
let n = 0;
const e = (event: LessonEvent): LearnerEvent => ({ id: `x${n++}`, at: 1000 * n, event });
const toQuiz: LessonEvent[] = [
  { type: 'step.next' },
  { type: 'video.progress', watchedShare: 1 },
  { type: 'step.next' },
  { type: 'checkpoint.reach', checkpointId: 'open' },
  { type: 'checkpoint.reach', checkpointId: 'sent' },
  { type: 'step.next' },
];
const answer = (questionId: string, optionId: string): LessonEvent => ({
  type: 'answer.submit',
  questionId,
  answer: { kind: 'single-choice', optionId },
});

describe('sendLearnerEvent', () => {
  it('says true for what the engine took, along a whole lesson', () => {
    const actor = replay(lesson, [], server);
    expect(toQuiz.map((event) => sendLearnerEvent(actor, e(event)))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(sendLearnerEvent(actor, e(answer('q1', 'b')))).toBe(true);
    expect(sendLearnerEvent(actor, e({ type: 'hint.request', questionId: 'q1' }))).toBe(false);
    expect(sendLearnerEvent(actor, e(answer('q1', 'c')))).toBe(true);
    expect(sendLearnerEvent(actor, e({ type: 'hint.request', questionId: 'q1' }))).toBe(true);
    expect(sendLearnerEvent(actor, e({ type: 'solution.reveal', questionId: 'q2' }))).toBe(true);
  });

  it.each<[string, LessonEvent[], LessonEvent]>([
    ['a step.next before the video is watched', toQuiz.slice(0, 1), { type: 'step.next' }],
    [
      'a checkpoint that does not match',
      toQuiz.slice(0, 3),
      { type: 'checkpoint.reach', event: 'message.sent' },
    ],
    ['an answer to a question of another step', toQuiz.slice(0, 3), answer('q1', 'a')],
    ['an answer to a question that does not exist', toQuiz, answer('q9', 'a')],
    [
      'an answer of the wrong kind',
      toQuiz,
      { type: 'answer.submit', questionId: 'q1', answer: { kind: 'true-false', value: true } },
    ],
    ['a step.next before the quiz is settled', toQuiz, { type: 'step.next' }],
    ['an unknown event type', [], { type: 'lesson.skip' } as unknown as LessonEvent],
    [
      'a forged outcome of the quiz',
      toQuiz,
      { type: 'xstate.done.actor.quiz', output: { outcome: 'passed' } } as unknown as LessonEvent,
    ],
  ])('says false for %s, and nothing changes', (_name, before, event) => {
    const actor = replay(lesson, before.map(e), server);
    const state = JSON.stringify(actor.getPersistedSnapshot());
    expect(sendLearnerEvent(actor, e(event))).toBe(false);
    expect(JSON.stringify(actor.getPersistedSnapshot())).toBe(state);
  });

  it('says false for an answer the browser has no verdict for (offline, no key)', () => {
    const actor = replay(lesson, toQuiz.map(e), { ...server, answerKey: undefined });
    expect(sendLearnerEvent(actor, e(answer('q1', 'a')))).toBe(false);
    const graded: LessonEvent = { ...answer('q1', 'a'), result: { correct: true, score: 1 } } as LessonEvent;
    expect(sendLearnerEvent(actor, e(graded))).toBe(true);
  });

  it('says false for worksheet values that do not fit, true for those that do', () => {
    const actor = replay(toPublicLesson(worksheetLesson()), [e({ type: 'step.next' })], server);
    expect(sendLearnerEvent(actor, e({ type: 'worksheet.save', values: { nope: 'x' } }))).toBe(false);
    expect(sendLearnerEvent(actor, e({ type: 'worksheet.save', values: { idea: 'A club' } }))).toBe(true);
    expect(sendLearnerEvent(actor, e({ type: 'step.next' }))).toBe(false);
  });
});
