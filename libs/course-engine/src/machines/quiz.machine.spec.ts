import { createActor, type EventFromLogic } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { exampleLesson } from '../__fixtures__/example-lesson';
import { toPublicLesson, type PublicQuizStep } from '../public-view';
import { quizContextOf, quizMachine, type QuizEvent } from './quiz.machine';

const step = toPublicLesson(exampleLesson()).steps.find((s) => s.id === 'check') as PublicQuizStep;
const right = { correct: true, score: 1 };
const wrong = { correct: false, score: 0 };
const q1 = (optionId: string, result = optionId === 'a' ? right : wrong): QuizEvent => ({
  type: 'answer.submit',
  questionId: 'q1',
  answer: { kind: 'single-choice', optionId },
  result,
});
const q2 = (text: string, result = text === 'email' ? right : wrong): QuizEvent => ({
  type: 'answer.submit',
  questionId: 'q2',
  answer: { kind: 'short-text', text },
  result,
});

function startQuiz(seed: string | number = 1) {
  return createActor(quizMachine, { input: { step, seed } }).start();
}

describe('the quiz machine', () => {
  it('starts a visit with fresh questions, in the seeded order, on the first question shown', () => {
    const quiz = startQuiz();
    const { value, context } = quiz.getSnapshot();
    expect(value).toBe('answering');
    expect(Object.values(context.questions).every((p) => p.attempts === 0)).toBe(true);
    expect(context.currentQuestionId).toBe(context.questionOrder[0]);
    expect(startQuiz().getSnapshot().context.optionOrder).toEqual(context.optionOrder);
  });

  it('counts only graded answers of the right kind to open questions', () => {
    const quiz = startQuiz();
    quiz.send({ type: 'answer.submit', questionId: 'q1', answer: { kind: 'single-choice', optionId: 'a' } });
    quiz.send({
      type: 'answer.submit',
      questionId: 'q1',
      answer: { kind: 'true-false', value: true },
      result: right,
    });
    quiz.send({
      type: 'answer.submit',
      questionId: 'zz',
      answer: { kind: 'single-choice', optionId: 'a' },
      result: right,
    });
    expect(quiz.getSnapshot().context.questions['q1']!.attempts).toBe(0);
    quiz.send(q1('b'));
    expect(quiz.getSnapshot().context.questions['q1']).toMatchObject({
      attempts: 1,
      wrongAttempts: 1,
      solved: false,
    });
  });

  it('moves the current question on when one is settled', () => {
    const quiz = startQuiz();
    const [first, second] = quiz.getSnapshot().context.questionOrder;
    quiz.send(first === 'q1' ? q1('a') : q2('email'));
    expect(quiz.getSnapshot().context.currentQuestionId).toBe(second);
  });

  it('waits for every question to settle, then ends on step.next with the outcome', () => {
    const quiz = startQuiz();
    quiz.send(q1('a'));
    quiz.send({ type: 'step.next', at: 5 });
    expect(quiz.getSnapshot().value).toBe('answering');
    quiz.send(q2('nope'));
    quiz.send(q2('nope'));
    expect(quiz.getSnapshot().value).toBe('settled');
    expect(quiz.getSnapshot().context.currentQuestionId).toBeNull();
    quiz.send({ type: 'step.next', at: 9 });
    expect(quiz.getSnapshot().status).toBe('done');
    expect(quiz.getSnapshot().output).toMatchObject({ outcome: 'passed', score: 0.5, at: 9 });
  });

  it('fails below the mastery threshold; a revealed question earns nothing', () => {
    const quiz = startQuiz();
    for (const id of ['b', 'c', 'b']) quiz.send(q1(id));
    quiz.send(q2('email'));
    quiz.send({ type: 'solution.reveal', questionId: 'q1' });
    quiz.send({ type: 'step.next' });
    expect(quiz.getSnapshot().output).toMatchObject({ outcome: 'passed', score: 0.5 });
    expect(quiz.getSnapshot().output!.questions!['q1']!.revealed).toBe(true);
    const failing = startQuiz();
    failing.send({ type: 'solution.reveal', questionId: 'q2' });
    for (const id of ['b', 'c', 'b']) failing.send(q1(id));
    failing.send({ type: 'step.next' });
    expect(failing.getSnapshot().output).toMatchObject({ outcome: 'failed', score: 0 });
    expect(failing.getSnapshot().output!.at).toBeUndefined();
  });

  it('offers a hint after two wrong attempts, once', () => {
    const quiz = startQuiz();
    quiz.send(q1('b'));
    quiz.send({ type: 'hint.request', questionId: 'q1' });
    expect(quiz.getSnapshot().context.questions['q1']!.hintShown).toBe(false);
    quiz.send(q1('c'));
    quiz.send({ type: 'hint.request', questionId: 'q1' });
    quiz.send({ type: 'hint.request', questionId: 'q2' });
    expect(quiz.getSnapshot().context.questions['q1']!.hintShown).toBe(true);
    expect(quiz.getSnapshot().context.questions['q2']!.hintShown).toBe(false);
  });

  it('keeps earlier progress on questions that still exist when rebuilt for a restore', () => {
    const earlier = {
      q1: { attempts: 2, wrongAttempts: 2, solved: false, revealed: false, hintShown: true, score: 0 },
      gone: {} as never,
    };
    const ctx = quizContextOf(step, 1, earlier);
    expect(Object.keys(ctx.questions).sort()).toEqual(['q1', 'q2']);
    expect(ctx.questions['q1']!.attempts).toBe(2);
  });
});

describe('paths through the quiz machine', () => {
  const events: EventFromLogic<typeof quizMachine>[] = [
    q1('a'),
    q1('b'),
    q2('email'),
    q2('nope'),
    { type: 'solution.reveal', questionId: 'q2' },
    { type: 'step.next' },
  ];
  const paths = getShortestPaths(quizMachine, {
    input: { step, seed: 1 },
    events,
    serializeState: (s) => JSON.stringify([s.value, s.context.questions]),
  });

  it('reaches answering, settled and done, with both outcomes', () => {
    expect(new Set(paths.map((p) => p.state.value))).toEqual(new Set(['answering', 'settled', 'done']));
    const outcomes = new Set(
      paths.filter((p) => p.state.status === 'done').map((p) => p.state.output?.outcome),
    );
    expect(outcomes).toEqual(new Set(['passed', 'failed']));
  });

  it('the shortest way out answers both questions right', () => {
    const out = paths
      .filter((p) => p.state.status === 'done')
      .sort((a, b) => a.steps.length - b.steps.length)[0]!;
    expect(out.steps.map((s) => s.event.type)).toEqual([
      'xstate.init',
      'answer.submit',
      'answer.submit',
      'step.next',
    ]);
  });
});
