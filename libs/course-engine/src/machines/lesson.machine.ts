import { assign, forwardTo, sendTo, setup } from 'xstate';
import { gradeWithKey, type GradeResult } from '../grading/grade-answer';
import type { Locale } from '../model/locale';
import type { Answer } from '../model/question';
import { STEP_KINDS, type PracticeStep } from '../model/step';
import type { PublicQuizStep } from '../public-view';
import type { LessonEvent, StepReport, StepResult } from './events';
import {
  applyReport,
  currentStep,
  finishStep,
  initialContext,
  saveWorksheet,
  touch,
  updateCurrent,
  worksheetTarget,
} from './lesson.logic';
import { practiceMachine } from './practice.machine';
import type { LessonContext, LessonInput } from './progress-state';
import { quizMachine } from './quiz.machine';
import { worksheetComplete, worksheetValueProblems } from './worksheet.logic';

export interface GradeRequest {
  questionId: string;
  answer: Answer;
  locale: Locale;
  /** Whose accepted short-text answers count when the learner's language has none. */
  fallbackLocale?: Locale;
  context: LessonContext;
  /** The verdict the browser received from the server, if any. */
  submitted?: GradeResult;
}

/** Decides right or wrong. The server grades from the answer key; the browser passes the server's verdict on. */
export type Grader = (request: GradeRequest) => GradeResult | undefined;

/** Default: grade locally when the answer key is in the context, otherwise trust the verdict in the event. */
export const defaultGrader: Grader = ({ questionId, answer, locale, fallbackLocale, context, submitted }) => {
  const key = context.answerKey?.[questionId];
  return key ? gradeWithKey(key, answer, { locale, fallbackLocale }) : submitted;
};

export const DEFAULT_WATCH_SHARE = 0.9;

type AnswerSubmit = Extract<LessonEvent, { type: 'answer.submit' }>;

/**
 * The grader only sees answers of the right kind to a question of the current quiz; the quiz
 * machine then decides whether the attempt counts (not when the question is already settled).
 */
function gradeIn(grade: Grader, context: LessonContext, event: AnswerSubmit): GradeResult | undefined {
  const step = currentStep(context);
  const question = step?.kind === 'quiz' ? step.questions.find((q) => q.id === event.questionId) : undefined;
  if (!question || question.kind !== event.answer?.kind) return undefined;
  const fallbackLocale = context.fallbackLocale ?? context.lesson.fallbackLocale;
  return grade({
    questionId: event.questionId,
    answer: event.answer,
    locale: context.locale,
    fallbackLocale,
    context,
    submitted: event.result,
  });
}

/**
 * Builds the lesson machine with a grader; `lessonMachine` is the one with the default grader.
 * Quiz and practice steps run in child machines (`quizMachine`, `practiceMachine`), invoked as
 * `quiz` / `practice` while the step is current: the lesson forwards the learner's events, keeps
 * the step totals from their `step.recorded` reports, and routes on their output. The visit in
 * progress is read from the child: `snapshot.children.quiz?.getSnapshot().context` (typed).
 */
export function createLessonMachine(grade: Grader = defaultGrader) {
  return setup({
    types: {} as {
      context: LessonContext;
      events: LessonEvent | StepReport;
      input: LessonInput;
      children: { quiz: 'quiz'; practice: 'practice' };
    },
    actors: { quiz: quizMachine, practice: practiceMachine },
    guards: {
      isKind: ({ context }, params: { kind: string }) => currentStep(context)?.kind === params.kind,
      videoWatched: ({ context }) => {
        const step = currentStep(context);
        return (
          step?.kind === 'video' &&
          (context.steps[step.id]?.watchedShare ?? 0) >= (step.requiredWatchShare ?? DEFAULT_WATCH_SHARE)
        );
      },
      // Unknown fields, wrong types and over-long text refuse the whole save.
      worksheetSavable: ({ context, event }) => {
        const step = event.type === 'worksheet.save' ? worksheetTarget(context, event) : undefined;
        return !!step && worksheetValueProblems(step, (event as { values?: unknown }).values).length === 0;
      },
      worksheetFilled: ({ context }) => {
        const step = currentStep(context);
        return step?.kind === 'worksheet' && worksheetComplete(step, context.steps[step.id]?.answers);
      },
    },
    actions: {
      // A child's report carries the learner event it accepted, and with it the learner's clock.
      touch: assign(({ context, event }) =>
        touch(context, event.type === 'step.recorded' ? event.event.at : event.at),
      ),
      recordWatch: assign(({ context, event }) => {
        if (event.type !== 'video.progress' || !Number.isFinite(event.watchedShare)) return {};
        const share = Math.min(1, Math.max(0, event.watchedShare));
        return updateCurrent(context, (p) =>
          share > p.watchedShare ? { ...p, watchedShare: share, lastProgressAt: context.lastEventAt } : p,
        );
      }),
      record: assign(({ context, event }) =>
        event.type === 'step.recorded'
          ? updateCurrent(context, (p) => applyReport(p, event, context.lastEventAt))
          : {},
      ),
      saveWorksheet: assign(({ context, event }) =>
        event.type === 'worksheet.save' ? saveWorksheet(context, event) : {},
      ),
      complete: assign(({ context }) => finishStep(context, { outcome: 'completed' })),
      finish: assign(({ context }, result: StepResult) => finishStep(touch(context, result.at), result)),
      // Graded here, where the grader and the answer key are: the key never enters the quiz's snapshot.
      toQuiz: sendTo('quiz', ({ context, event }) =>
        event.type === 'answer.submit' ? { ...event, result: gradeIn(grade, context, event) } : event,
      ),
      toPractice: forwardTo('practice'),
    },
  }).createMachine({
    id: 'lesson',
    context: ({ input }) => initialContext(input),
    initial: 'routing',
    on: {
      'step.recorded': { actions: ['touch', 'record'] },
      // Here rather than in the worksheet state: a sheet already done can be edited from its document,
      // also once the lesson is finished.
      'worksheet.save': { guard: 'worksheetSavable', actions: ['touch', 'saveWorksheet'] },
    },
    states: {
      // Transient: shows the current step's kind as the state, so the player renders from `state.value`
      // (one transition per kind, each to the state of that name; none left: the lesson is finished).
      routing: {
        always: [
          ...STEP_KINDS.map((kind) => ({
            guard: { type: 'isKind', params: { kind } } as const,
            target: kind,
          })),
          { target: 'finished' },
        ],
      },
      reading: {
        on: { 'step.next': { target: 'routing', reenter: true, actions: ['touch', 'complete'] } },
      },
      summary: {
        on: { 'step.next': { target: 'routing', reenter: true, actions: ['touch', 'complete'] } },
      },
      worksheet: {
        on: {
          'step.next': {
            guard: 'worksheetFilled',
            target: 'routing',
            reenter: true,
            actions: ['touch', 'complete'],
          },
        },
      },
      video: {
        on: {
          'video.progress': { actions: ['touch', 'recordWatch'] },
          'step.next': {
            guard: 'videoWatched',
            target: 'routing',
            reenter: true,
            actions: ['touch', 'complete'],
          },
        },
      },
      practice: {
        invoke: {
          id: 'practice',
          src: 'practice',
          input: ({ context }) => ({
            step: currentStep(context) as PracticeStep,
            earlier: context.resumedVisit?.reached,
          }),
          onDone: {
            target: 'routing',
            reenter: true,
            actions: { type: 'finish', params: ({ event }) => event.output },
          },
        },
        on: {
          'checkpoint.reach': { actions: 'toPractice' },
          'step.next': { actions: 'toPractice' },
        },
      },
      quiz: {
        invoke: {
          id: 'quiz',
          src: 'quiz',
          input: ({ context }) => ({
            step: currentStep(context) as PublicQuizStep,
            seed: context.seed,
            earlier: context.resumedVisit?.questions,
          }),
          onDone: {
            target: 'routing',
            reenter: true,
            actions: { type: 'finish', params: ({ event }) => event.output },
          },
        },
        on: {
          'answer.submit': { actions: 'toQuiz' },
          'hint.request': { actions: 'toQuiz' },
          'solution.reveal': { actions: 'toQuiz' },
          'step.next': { actions: 'toQuiz' },
        },
      },
      // Not final: the learner still edits the lesson's sheets from the plan. No `step.next` here, so
      // nothing moves on; the end is `currentStepId === null`, which the API and the player read.
      finished: {},
    },
  });
}

export const lessonMachine = createLessonMachine();
export type LessonMachine = typeof lessonMachine;
