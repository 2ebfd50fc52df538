import { createActor } from 'xstate';
import { exampleLesson } from '../__fixtures__/example-lesson';
import { answerKeyOf, toPublicLesson } from '../public-view';
import type { LessonEvent } from './events';
import { practiceInProgress, quizInProgress } from '../progress/read-progress';
import { createLessonMachine, lessonMachine } from './lesson.machine';

const T0 = 1_700_000_000_000;

function start(opts: { withKey?: boolean; seed?: number } = {}) {
  const lesson = exampleLesson();
  const actor = createActor(lessonMachine, {
    input: {
      lesson: toPublicLesson(lesson),
      now: T0,
      seed: opts.seed ?? 7,
      locale: 'en',
      ...(opts.withKey === false ? {} : { answerKey: answerKeyOf(lesson) }),
    },
  });
  actor.start();
  return actor;
}

type LessonTestActor = ReturnType<typeof start>;
const quizOf = (actor: LessonTestActor) => quizInProgress(actor.getSnapshot())!;
const questionOf = (actor: LessonTestActor, id: string) => quizOf(actor).questions[id]!;

const toQuiz: LessonEvent[] = [
  { type: 'step.next', at: T0 + 1000 },
  { type: 'video.progress', watchedShare: 0.6 },
  { type: 'step.next' },
  { type: 'checkpoint.reach', event: 'compose.opened' },
  { type: 'checkpoint.reach', event: 'message.sent', data: { to: 'ana@exemplu.md' } },
  { type: 'step.next' },
];

describe('walking through a lesson', () => {
  it('starts at the first step and reaches the quiz', () => {
    const actor = start();
    expect(actor.getSnapshot().value).toBe('reading');
    toQuiz.forEach((e) => actor.send(e));
    expect(actor.getSnapshot().value).toBe('quiz');
    expect(actor.getSnapshot().context.trail).toEqual(['intro', 'watch', 'send', 'check']);
  });

  it('does not leave a video before enough is watched', () => {
    const actor = start();
    actor.send({ type: 'step.next' });
    actor.send({ type: 'video.progress', watchedShare: 0.3 });
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('video');
    actor.send({ type: 'video.progress', watchedShare: 2 });
    actor.send({ type: 'video.progress', watchedShare: 0.1 });
    expect(actor.getSnapshot().context.steps['watch']!.watchedShare).toBe(1);
  });

  it('reaches checkpoints in order only, skipping optional ones, and checks match data', () => {
    const actor = start();
    toQuiz.slice(0, 3).forEach((e) => actor.send(e));
    actor.send({ type: 'checkpoint.reach', event: 'message.sent', data: { to: 'ana@exemplu.md' } });
    expect(practiceInProgress(actor.getSnapshot())!.reached).toEqual([]);
    actor.send({ type: 'checkpoint.reach', checkpointId: 'open' });
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('practice');
    actor.send({ type: 'checkpoint.reach', event: 'message.sent', data: { to: 'someone@else' } });
    actor.send({ type: 'checkpoint.reach', event: 'message.sent', data: { to: 'ana@exemplu.md' } });
    expect(practiceInProgress(actor.getSnapshot())!.reached).toEqual(['open', 'sent']);
    expect(quizInProgress(actor.getSnapshot())).toBeUndefined();
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().context.steps['send']).toMatchObject({
      status: 'completed',
      reached: ['open', 'sent'],
    });
    expect(practiceInProgress(actor.getSnapshot())).toBeUndefined();
  });

  it('passes the quiz and ends at the summary', () => {
    const actor = start();
    toQuiz.forEach((e) => actor.send(e));
    actor.send({ type: 'answer.submit', questionId: 'q1', answer: { kind: 'single-choice', optionId: 'a' } });
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('quiz');
    actor.send({ type: 'answer.submit', questionId: 'q2', answer: { kind: 'short-text', text: ' E-Mail ' } });
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().value).toBe('summary');
    expect(actor.getSnapshot().context.steps['check']).toMatchObject({ status: 'passed', score: 1 });
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot()).toMatchObject({ value: 'finished', context: { currentStepId: null } });
    expect(actor.getSnapshot().context.trail).toEqual(['intro', 'watch', 'send', 'check', 'done']);
    // Finished, not final: nothing moves on from the end.
    expect(actor.getSnapshot().can({ type: 'step.next' })).toBe(false);
  });

  it('routes a failed quiz to remediation and back, with fresh attempts', () => {
    const actor = start();
    toQuiz.forEach((e) => actor.send(e));
    for (const id of ['b', 'c', 'b'])
      actor.send({
        type: 'answer.submit',
        questionId: 'q1',
        answer: { kind: 'single-choice', optionId: id },
      });
    // maxAttempts 3 reached: a fourth answer is ignored
    actor.send({ type: 'answer.submit', questionId: 'q1', answer: { kind: 'single-choice', optionId: 'a' } });
    actor.send({ type: 'solution.reveal', questionId: 'q2' });
    actor.send({ type: 'step.next' });
    let snap = actor.getSnapshot();
    expect(snap.value).toBe('reading');
    expect(snap.context.currentStepId).toBe('remediation');
    expect(snap.context.steps['check']).toMatchObject({
      status: 'failed',
      score: 0,
      attempts: 3,
      failedAttempts: 3,
      failuresInARow: 3,
    });
    actor.send({ type: 'step.next' });
    snap = actor.getSnapshot();
    expect(snap.context.currentStepId).toBe('check');
    expect(questionOf(actor, 'q1').attempts).toBe(0);
    expect(snap.context.steps['check']!.visits).toBe(2);
    // The finished visit's results stay on the step; the totals carry over.
    expect(snap.context.steps['check']!.questions['q1']!.attempts).toBe(3);
    expect(snap.context.steps['check']!.attempts).toBe(3);
  });

  it('offers a hint only after two wrong attempts, and once', () => {
    const actor = start();
    toQuiz.forEach((e) => actor.send(e));
    const wrong: LessonEvent = {
      type: 'answer.submit',
      questionId: 'q1',
      answer: { kind: 'single-choice', optionId: 'b' },
    };
    actor.send(wrong);
    actor.send({ type: 'hint.request', questionId: 'q1' });
    expect(actor.getSnapshot().context.steps['check']!.hintsUsed).toBe(0);
    actor.send(wrong);
    actor.send({ type: 'hint.request', questionId: 'q1' });
    actor.send({ type: 'hint.request', questionId: 'q1' });
    expect(actor.getSnapshot().context.steps['check']!.hintsUsed).toBe(1);
    expect(questionOf(actor, 'q1').lastResult?.feedback).toEqual(
      expect.objectContaining({ en: 'No @ here' }),
    );
  });

  it('reveals per policy: after max attempts, or on request', () => {
    const actor = start();
    toQuiz.forEach((e) => actor.send(e));
    actor.send({ type: 'solution.reveal', questionId: 'q1' });
    expect(questionOf(actor, 'q1').revealed).toBe(false);
    actor.send({ type: 'solution.reveal', questionId: 'q2' });
    expect(questionOf(actor, 'q2').revealed).toBe(true);
    actor.send({ type: 'answer.submit', questionId: 'q2', answer: { kind: 'short-text', text: 'email' } });
    expect(questionOf(actor, 'q2').attempts).toBe(0);
  });

  it('ignores answers to unknown questions or of the wrong kind', () => {
    const actor = start();
    toQuiz.forEach((e) => actor.send(e));
    actor.send({ type: 'answer.submit', questionId: 'zz', answer: { kind: 'true-false', value: true } });
    actor.send({ type: 'answer.submit', questionId: 'q1', answer: { kind: 'true-false', value: true } });
    expect(actor.getSnapshot().context.steps['check']!.attempts).toBe(0);
  });

  it('shuffles from the seed: same seed, same order', () => {
    const orderOf = (seed: number) => {
      const a = start({ seed });
      toQuiz.forEach((e) => a.send(e));
      const q = quizOf(a);
      return JSON.stringify([q.questionOrder, q.optionOrder]);
    };
    expect(orderOf(1)).toBe(orderOf(1));
    const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map(orderOf));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('counts time on task per step, ignoring long idle gaps', () => {
    const actor = start();
    actor.send({ type: 'step.next', at: T0 + 30_000 });
    actor.send({ type: 'video.progress', watchedShare: 0.2, at: T0 + 40_000 });
    actor.send({ type: 'video.progress', watchedShare: 0.7, at: T0 + 3_600_000 });
    const ctx = actor.getSnapshot().context;
    expect(ctx.steps['intro']!.timeMs).toBe(30_000);
    expect(ctx.steps['watch']!.timeMs).toBe(10_000);
  });
});

describe('grading through an injected grader', () => {
  it('the browser uses the verdict the server sent', () => {
    const actor = start({ withKey: false });
    toQuiz.forEach((e) => actor.send(e));
    actor.send({
      type: 'answer.submit',
      questionId: 'q1',
      answer: { kind: 'single-choice', optionId: 'b' },
      result: { correct: true, score: 1 },
    });
    expect(questionOf(actor, 'q1').solved).toBe(true);
    actor.send({ type: 'answer.submit', questionId: 'q2', answer: { kind: 'short-text', text: 'x' } });
    expect(questionOf(actor, 'q2').attempts).toBe(0);
  });

  it('the server ignores a verdict the browser claims and grades itself', () => {
    const actor = start();
    toQuiz.forEach((e) => actor.send(e));
    actor.send({
      type: 'answer.submit',
      questionId: 'q1',
      answer: { kind: 'single-choice', optionId: 'b' },
      result: { correct: true, score: 1 },
    });
    expect(questionOf(actor, 'q1').solved).toBe(false);
  });

  it('accepts any grader function', () => {
    const lesson = exampleLesson();
    const calls: string[] = [];
    const machine = createLessonMachine(
      ({ questionId }) => (calls.push(questionId), { correct: true, score: 1 }),
    );
    const actor = createActor(machine, {
      input: { lesson: toPublicLesson(lesson), now: T0, seed: 1 },
    }).start();
    toQuiz.forEach((e) => actor.send(e));
    // Unknown questions and answers of the wrong kind never reach the grader.
    actor.send({ type: 'answer.submit', questionId: 'zz', answer: { kind: 'short-text', text: 'x' } });
    actor.send({ type: 'answer.submit', questionId: 'q1', answer: { kind: 'short-text', text: 'x' } });
    actor.send({ type: 'answer.submit', questionId: 'q2', answer: { kind: 'short-text', text: 'anything' } });
    expect(calls).toEqual(['q2']);
    expect(actor.getSnapshot().context.locale).toBe('ro');
  });
});

describe('the quiz and practice steps run in child machines', () => {
  it('keeps step totals and time on task from what the child accepted', () => {
    const actor = start();
    toQuiz.forEach((e) => actor.send(e));
    const wrong: LessonEvent = {
      type: 'answer.submit',
      questionId: 'q1',
      answer: { kind: 'single-choice', optionId: 'b' },
    };
    actor.send({ ...wrong, at: T0 + 61_000 });
    actor.send({ ...wrong, at: T0 + 62_000 });
    actor.send({ type: 'hint.request', questionId: 'q1', at: T0 + 64_000 });
    // Ignored by the quiz (no hint twice), so it does not split the idle gap that follows.
    actor.send({ type: 'hint.request', questionId: 'q1', at: T0 + 400_000 });
    actor.send({
      type: 'answer.submit',
      questionId: 'q1',
      answer: { kind: 'single-choice', optionId: 'a' },
      at: T0 + 420_000,
    });
    const check = actor.getSnapshot().context.steps['check']!;
    expect(check).toMatchObject({
      attempts: 3,
      failedAttempts: 2,
      failuresInARow: 0,
      hintsUsed: 1,
      lastProgressAt: T0 + 420_000,
    });
    expect(check.timeMs).toBe(64_000 - 1000);
  });

  it('answers the question the quiz machine says is current', () => {
    const actor = start();
    toQuiz.forEach((e) => actor.send(e));
    const quiz = quizOf(actor);
    expect(quiz.currentQuestionId).toBe(quiz.questionOrder[0]);
    expect(quiz.step.id).toBe('check');
  });
});

describe('short text in a language without accepted answers', () => {
  const startIn = (
    locale: 'uk' | 'en',
    fallback: { lesson?: 'en' | 'ro'; input?: 'en' | 'ro' },
    withKey = true,
  ) => {
    const lesson = { ...exampleLesson(), ...(fallback.lesson ? { fallbackLocale: fallback.lesson } : {}) };
    const actor = createActor(lessonMachine, {
      input: {
        lesson: toPublicLesson(lesson),
        now: T0,
        seed: 7,
        locale,
        ...(fallback.input ? { fallbackLocale: fallback.input } : {}),
        ...(withKey ? { answerKey: answerKeyOf(lesson) } : {}),
      },
    }).start();
    toQuiz.forEach((e) => actor.send(e));
    return actor;
  };
  const answer = (actor: LessonTestActor, text: string) => {
    actor.send({ type: 'answer.submit', questionId: 'q2', answer: { kind: 'short-text', text } });
    return questionOf(actor, 'q2');
  };

  it("is graded against the lesson's fallback language", () => {
    expect(answer(startIn('uk', { lesson: 'en' }), 'E-mail').solved).toBe(true);
  });

  it('is wrong without a fallback, as before', () => {
    expect(answer(startIn('uk', {}), 'email')).toMatchObject({ attempts: 1, solved: false });
  });

  it('takes the fallback from the input over the lesson', () => {
    expect(answer(startIn('uk', { lesson: 'en', input: 'ro' }), 'POȘTĂ').solved).toBe(true);
  });
});
