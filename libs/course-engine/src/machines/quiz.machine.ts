import { assign, sendTo, setup } from 'xstate';
import type { PublicQuestion, PublicQuizStep } from '../public-view';
import type { LessonEvent, StepReport, StepResult } from './events';
import type { QuestionProgress } from './progress-state';
import {
  DEFAULT_MASTERY,
  applyGrade,
  canAnswer,
  canReveal,
  firstOpenQuestion,
  freshQuestion,
  hintOffered,
  quizFinished,
  quizOrder,
  quizScore,
  type QuizOrder,
} from './quiz.logic';

export type QuizEvent = Extract<
  LessonEvent,
  { type: 'answer.submit' | 'hint.request' | 'solution.reveal' | 'step.next' }
>;

export interface QuizInput {
  step: PublicQuizStep;
  /** Shuffles questions and options: the same seed shows the same order after a resume. */
  seed: string | number;
  /** Progress on the questions from before a content update; kept for the questions that still exist. */
  earlier?: Record<string, QuestionProgress>;
}

/** One visit to a quiz step. `step` is content; a stored snapshot keeps only the rest. */
export interface QuizContext extends QuizOrder {
  step: PublicQuizStep;
  questions: Record<string, QuestionProgress>;
  /** The first question in display order that can still change; null once all are settled. */
  currentQuestionId: string | null;
  /** The learner's clock on the `step.next` that ended the quiz. */
  endedAt?: number;
}

/** A fresh visit, or (on restore) one that keeps earlier progress on the questions that still exist. */
export function quizContextOf(
  step: PublicQuizStep,
  seed: string | number,
  earlier: Record<string, QuestionProgress> = {},
): QuizContext {
  const order = quizOrder(step, seed);
  const questions = Object.fromEntries(step.questions.map((q) => [q.id, earlier[q.id] ?? freshQuestion()]));
  return {
    step,
    ...order,
    questions,
    currentQuestionId: firstOpenQuestion(step, order.questionOrder, questions),
  };
}

/** The question an event is about, with its progress; undefined when the quiz has no such question. */
function questionOf(
  ctx: QuizContext,
  event: QuizEvent,
): { q: PublicQuestion; p: QuestionProgress } | undefined {
  const id = 'questionId' in event ? event.questionId : '';
  const q = ctx.step.questions.find((x) => x.id === id);
  const p = ctx.questions[id];
  return q && p ? { q, p } : undefined;
}

function setQuestion(
  ctx: QuizContext,
  questionId: string,
  change: (p: QuestionProgress) => QuestionProgress,
): Partial<QuizContext> {
  const questions = { ...ctx.questions, [questionId]: change(ctx.questions[questionId] as QuestionProgress) };
  return { questions, currentQuestionId: firstOpenQuestion(ctx.step, ctx.questionOrder, questions) };
}

/**
 * A quiz step. Answers arrive graded (`result`) because the lesson holds the grader and the
 * answer key: the key then never enters this machine's snapshot. Every accepted event is reported
 * to the parent (`step.recorded`), which keeps the step's totals; the outcome is the output.
 */
export const quizMachine = setup({
  types: {} as { context: QuizContext; events: QuizEvent; input: QuizInput; output: StepResult },
  guards: {
    answerable: ({ context, event }) => {
      const found = questionOf(context, event);
      // Without a verdict (browser offline, no key) the attempt is not counted at all.
      return (
        event.type === 'answer.submit' &&
        !!event.result &&
        !!found &&
        found.q.kind === event.answer?.kind &&
        canAnswer(found.q, found.p)
      );
    },
    hintAvailable: ({ context, event }) => {
      const found = questionOf(context, event);
      return !!found && !found.p.hintShown && hintOffered(found.q, found.p);
    },
    revealable: ({ context, event }) => {
      const found = questionOf(context, event);
      return !!found && canReveal(found.q, found.p);
    },
    allSettled: ({ context }) => quizFinished(context.step, context),
  },
  actions: {
    recordAnswer: assign(({ context, event }) => {
      if (event.type !== 'answer.submit' || !event.result) return {};
      const result = event.result;
      return setQuestion(context, event.questionId, (p) => applyGrade(p, result));
    }),
    mark: assign(({ context, event }, change: Pick<Partial<QuestionProgress>, 'hintShown' | 'revealed'>) =>
      'questionId' in event ? setQuestion(context, event.questionId, (p) => ({ ...p, ...change })) : {},
    ),
    // Standalone (without a lesson) there is no parent: the report then goes to this machine, which ignores it.
    report: sendTo(
      ({ self }) => self._parent ?? self,
      ({ event }): StepReport => ({ type: 'step.recorded', event }),
    ),
    end: assign({ endedAt: ({ event }) => event.at }),
  },
}).createMachine({
  id: 'quiz',
  context: ({ input }) => quizContextOf(input.step, input.seed, input.earlier),
  initial: 'answering',
  // Passed or failed against the mastery threshold, with each question as the visit left it.
  output: ({ context }) => {
    const score = quizScore(context.step, context);
    return {
      outcome: score >= (context.step.masteryThreshold ?? DEFAULT_MASTERY) ? 'passed' : 'failed',
      score,
      questions: context.questions,
      at: context.endedAt,
    };
  },
  // Hints and reveals stay possible once everything is settled (a question out of attempts can be revealed then).
  on: {
    'hint.request': {
      guard: 'hintAvailable',
      actions: [{ type: 'mark', params: { hintShown: true } }, 'report'],
    },
    'solution.reveal': {
      guard: 'revealable',
      actions: [{ type: 'mark', params: { revealed: true } }, 'report'],
    },
  },
  states: {
    answering: {
      always: { guard: 'allSettled', target: 'settled' },
      on: { 'answer.submit': { guard: 'answerable', actions: ['recordAnswer', 'report'] } },
    },
    // Every question is solved, revealed or out of attempts: the learner may go on.
    settled: {
      on: { 'step.next': { target: 'done', actions: 'end' } },
    },
    done: { type: 'final' },
  },
});

export type QuizMachine = typeof quizMachine;
