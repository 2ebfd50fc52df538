import { createActor } from 'xstate';
import { exampleLesson } from '../__fixtures__/example-lesson';
import { lessonMachine } from '../machines/lesson.machine';
import type { QuestionProgress } from '../machines/progress-state';
import type { Question } from '../model/question';
import { quizInProgress } from '../progress/read-progress';
import { answerKeyOf, toPublicLesson } from '../public-view';
import { keyOfQuestion } from './answer-key';
import { gradeWithKey } from './grade-answer';
import { solutionOf, verdictFor } from './verdict';

const full = exampleLesson();
const answerKey = answerKeyOf(full);
const en = { locale: 'en' as const };

/** A server-side lesson actor at the quiz, grading from the answer key. */
function atQuiz() {
  const actor = createActor(lessonMachine, {
    input: { lesson: toPublicLesson(full), answerKey, now: 0, seed: 1, locale: 'en' },
  }).start();
  actor.send({ type: 'step.next' });
  actor.send({ type: 'video.progress', watchedShare: 1 });
  actor.send({ type: 'step.next' });
  actor.send({ type: 'checkpoint.reach', checkpointId: 'open' });
  actor.send({ type: 'checkpoint.reach', checkpointId: 'sent' });
  actor.send({ type: 'step.next' });
  return actor;
}
const progressOf = (actor: ReturnType<typeof atQuiz>, id: string) =>
  quizInProgress(actor.getSnapshot())!.questions[id];

describe('verdictFor', () => {
  it('gives a wrong answer its feedback, and neither the explanation nor the solution', () => {
    const actor = atQuiz();
    actor.send({ type: 'answer.submit', questionId: 'q1', answer: { kind: 'single-choice', optionId: 'b' } });
    expect(verdictFor(answerKey, 'q1', progressOf(actor, 'q1'), en)).toEqual({
      questionId: 'q1',
      correct: false,
      score: 0,
      feedback: 'No @ here',
      optionFeedback: ['No @ here'],
    });
  });

  it('adds the explanation once the question is solved', () => {
    const actor = atQuiz();
    actor.send({ type: 'answer.submit', questionId: 'q1', answer: { kind: 'single-choice', optionId: 'a' } });
    expect(verdictFor(answerKey, 'q1', progressOf(actor, 'q1'), en)).toEqual({
      questionId: 'q1',
      correct: true,
      score: 1,
      feedback: 'Yes',
      explanation: 'An address has an @ in the middle',
    });
  });

  it("reveals the solution on request, in the learner's language or else the fallback", () => {
    const actor = atQuiz();
    actor.send({ type: 'solution.reveal', questionId: 'q2' });
    const progress = progressOf(actor, 'q2');
    expect(verdictFor(answerKey, 'q2', progress, en)).toEqual({
      questionId: 'q2',
      correct: false,
      score: 0,
      solution: { kind: 'short-text', text: 'email' },
    });
    expect(verdictFor(answerKey, 'q2', progress, { locale: 'pl', fallbackLocale: 'ro' })?.solution).toEqual({
      kind: 'short-text',
      text: 'poștă',
    });
    expect(verdictFor(answerKey, 'q2', progress, { locale: 'pl' })?.solution).toEqual({
      kind: 'short-text',
      text: '',
    });
  });

  it('says nothing about a question not answered, not revealed, or unknown', () => {
    const actor = atQuiz();
    expect(verdictFor(answerKey, 'q1', progressOf(actor, 'q1'), en)).toBeUndefined();
    expect(verdictFor(answerKey, 'q1', undefined, en)).toBeUndefined();
    const answered: QuestionProgress = {
      ...progressOf(actor, 'q1')!,
      lastResult: { correct: true, score: 1 },
    };
    expect(verdictFor(answerKey, 'nope', answered, en)).toBeUndefined();
  });

  it("uses the fallback language for feedback missing in the learner's", () => {
    const key = { q: { ...answerKey['q1']!, feedback: { incorrect: { ro: 'Nu' } } } };
    const progress: QuestionProgress = {
      attempts: 1,
      wrongAttempts: 1,
      solved: false,
      revealed: false,
      hintShown: false,
      score: 0,
      lastResult: { correct: false, score: 0, feedback: { ro: 'Nu' } },
    };
    expect(verdictFor(key, 'q', progress, { locale: 'uk', fallbackLocale: 'ro' })?.feedback).toBe('Nu');
    expect(verdictFor(key, 'q', progress, { locale: 'uk' })?.feedback).toBeUndefined();
  });
});

describe('solutionOf', () => {
  const t = { en: 'x' };
  const options = [
    { id: 'a', text: t },
    { id: 'b', text: t },
  ];
  it.each<[Question, unknown]>([
    [
      { id: 'q', kind: 'single-choice', prompt: t, options, correct: 'b' },
      { kind: 'single-choice', optionId: 'b' },
    ],
    [
      { id: 'q', kind: 'multiple-choice', prompt: t, options, correct: ['a', 'b'] },
      { kind: 'multiple-choice', optionIds: ['a', 'b'] },
    ],
    [
      { id: 'q', kind: 'pick-items', prompt: t, items: options, correct: ['a'] },
      { kind: 'pick-items', itemIds: ['a'] },
    ],
    [
      { id: 'q', kind: 'true-false', prompt: t, correct: false },
      { kind: 'true-false', value: false },
    ],
    [
      { id: 'q', kind: 'number', prompt: t, correct: 112 },
      { kind: 'number', value: 112 },
    ],
    [
      { id: 'q', kind: 'ordering', prompt: t, items: options, correctOrder: ['b', 'a'] },
      { kind: 'ordering', itemIds: ['b', 'a'] },
    ],
    [
      {
        id: 'q',
        kind: 'matching',
        prompt: t,
        left: options,
        right: options,
        pairs: [
          ['a', 'b'],
          ['b', 'a'],
        ],
      },
      {
        kind: 'matching',
        pairs: [
          ['a', 'b'],
          ['b', 'a'],
        ],
      },
    ],
    [
      { id: 'q', kind: 'short-text', prompt: t, accepted: { en: ['e-mail', 'email'] } },
      { kind: 'short-text', text: 'e-mail' },
    ],
  ])(
    'gives the right answer of question %# as an answer that the grader takes as right',
    (question, solution) => {
      const key = keyOfQuestion(question);
      expect(solutionOf(key, en)).toEqual(solution);
      expect(gradeWithKey(key, solutionOf(key, en), en).correct).toBe(true);
    },
  );
});
