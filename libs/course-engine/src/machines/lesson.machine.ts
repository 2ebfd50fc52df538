import { assign, setup } from 'xstate';
import { gradeWithKey, type GradeResult } from '../grading/grade-answer';
import type { Locale } from '../model/locale';
import type { Answer } from '../model/question';
import type { PublicQuestion, PublicQuizStep } from '../public-view';
import type { LessonEvent } from './events';
import { currentProgress, currentStep, finishStep, initialContext, touch, updateCurrent } from './lesson.logic';
import { checkpointReached, practiceComplete } from './practice.logic';
import type { LessonContext, LessonInput, QuestionProgress } from './progress-state';
import { DEFAULT_MASTERY, applyGrade, canAnswer, canReveal, hintOffered, quizFinished, quizScore } from './quiz.logic';

export interface GradeRequest {
  questionId: string;
  answer: Answer;
  locale: Locale;
  context: LessonContext;
  /** The verdict the browser received from the server, if any. */
  submitted?: GradeResult;
}

/** Decides right or wrong. The server grades from the answer key; the browser passes the server's verdict on. */
export type Grader = (request: GradeRequest) => GradeResult | undefined;

/** Default: grade locally when the answer key is in the context, otherwise trust the verdict in the event. */
export const defaultGrader: Grader = ({ questionId, answer, locale, context, submitted }) => {
  const key = context.answerKey?.[questionId];
  return key ? gradeWithKey(key, answer, { locale }) : submitted;
};

export const DEFAULT_WATCH_SHARE = 0.9;

export interface LessonOutput {
  trail: string[];
}

function questionIn(ctx: LessonContext, questionId: string): { q: PublicQuestion; p: QuestionProgress } | undefined {
  const step = currentStep(ctx);
  const progress = currentProgress(ctx);
  if (step?.kind !== 'quiz' || !progress) return undefined;
  const q = step.questions.find((x) => x.id === questionId);
  const p = progress.questions[questionId];
  return q && p ? { q, p } : undefined;
}

function setQuestion(ctx: LessonContext, questionId: string, change: (p: QuestionProgress) => QuestionProgress): LessonContext {
  return updateCurrent(ctx, (s) => ({ ...s, questions: { ...s.questions, [questionId]: change(s.questions[questionId] as QuestionProgress) } }));
}

/** Builds the lesson machine with a grader; `lessonMachine` is the one with the default grader. */
export function createLessonMachine(grade: Grader = defaultGrader) {
  return setup({
    types: {
      context: {} as LessonContext,
      events: {} as LessonEvent,
      input: {} as LessonInput,
      output: {} as LessonOutput,
    },
    guards: {
      isKind: ({ context }, params: { kind: string }) => currentStep(context)?.kind === params.kind,
      videoWatched: ({ context }) => {
        const step = currentStep(context);
        return step?.kind === 'video' && (currentProgress(context)?.watchedShare ?? 0) >= (step.requiredWatchShare ?? DEFAULT_WATCH_SHARE);
      },
      practiceDone: ({ context }) => {
        const step = currentStep(context);
        return step?.kind === 'practice' && practiceComplete(step, currentProgress(context)?.reached ?? []);
      },
      quizDone: ({ context }) => {
        const step = currentStep(context);
        const progress = currentProgress(context);
        return step?.kind === 'quiz' && !!progress && quizFinished(step, progress);
      },
      answerable: ({ context, event }) => {
        if (event.type !== 'answer.submit') return false;
        const found = questionIn(context, event.questionId);
        return !!found && found.q.kind === event.answer?.kind && canAnswer(found.q, found.p);
      },
      hintAvailable: ({ context, event }) => {
        if (event.type !== 'hint.request') return false;
        const found = questionIn(context, event.questionId);
        return !!found && !found.p.hintShown && hintOffered(found.q, found.p);
      },
      revealable: ({ context, event }) => {
        if (event.type !== 'solution.reveal') return false;
        const found = questionIn(context, event.questionId);
        return !!found && canReveal(found.q, found.p);
      },
      checkpointMatches: ({ context, event }) => {
        const step = currentStep(context);
        return event.type === 'checkpoint.reach' && step?.kind === 'practice' && checkpointReached(step, currentProgress(context)?.reached ?? [], event) !== undefined;
      },
    },
    actions: {
      touch: assign(({ context, event }) => touch(context, event.at)),
      recordWatch: assign(({ context, event }) => {
        if (event.type !== 'video.progress' || !Number.isFinite(event.watchedShare)) return {};
        const share = Math.min(1, Math.max(0, event.watchedShare));
        return updateCurrent(context, (p) => (share > p.watchedShare ? { ...p, watchedShare: share, lastProgressAt: context.lastEventAt } : p));
      }),
      recordAnswer: assign(({ context, event }) => {
        if (event.type !== 'answer.submit') return {};
        const result = grade({ questionId: event.questionId, answer: event.answer, locale: context.locale, context, submitted: event.result });
        // Without a verdict (browser offline, no key) the attempt is not counted at all.
        if (!result) return {};
        const graded = setQuestion(context, event.questionId, (p) => applyGrade(p, result));
        return updateCurrent(graded, (s) => ({
          ...s,
          attempts: s.attempts + 1,
          failedAttempts: s.failedAttempts + (result.correct ? 0 : 1),
          failuresInARow: result.correct ? 0 : s.failuresInARow + 1,
          lastProgressAt: result.correct ? context.lastEventAt : s.lastProgressAt,
        }));
      }),
      recordHint: assign(({ context, event }) => {
        if (event.type !== 'hint.request') return {};
        const shown = setQuestion(context, event.questionId, (p) => ({ ...p, hintShown: true }));
        return updateCurrent(shown, (s) => ({ ...s, hintsUsed: s.hintsUsed + 1 }));
      }),
      reveal: assign(({ context, event }) =>
        event.type === 'solution.reveal' ? setQuestion(context, event.questionId, (p) => ({ ...p, revealed: true })) : {},
      ),
      reachCheckpoint: assign(({ context, event }) => {
        const step = currentStep(context);
        if (event.type !== 'checkpoint.reach' || step?.kind !== 'practice') return {};
        const id = checkpointReached(step, currentProgress(context)?.reached ?? [], event) as string;
        return updateCurrent(context, (p) => ({ ...p, reached: [...p.reached, id], lastProgressAt: context.lastEventAt }));
      }),
      complete: assign(({ context }) => finishStep(context, 'completed')),
      finishQuiz: assign(({ context }) => {
        const step = currentStep(context) as PublicQuizStep;
        const score = quizScore(step, currentProgress(context) as NonNullable<ReturnType<typeof currentProgress>>);
        return finishStep(context, score >= (step.masteryThreshold ?? DEFAULT_MASTERY) ? 'passed' : 'failed', score);
      }),
    },
  }).createMachine({
    id: 'lesson',
    context: ({ input }) => initialContext(input),
    initial: 'routing',
    output: ({ context }) => ({ trail: context.trail }),
    states: {
      // Transient: shows the current step's kind as the state, so the player renders from `state.value`.
      routing: {
        always: [
          { guard: { type: 'isKind', params: { kind: 'reading' } }, target: 'reading' },
          { guard: { type: 'isKind', params: { kind: 'video' } }, target: 'video' },
          { guard: { type: 'isKind', params: { kind: 'practice' } }, target: 'practice' },
          { guard: { type: 'isKind', params: { kind: 'quiz' } }, target: 'quiz' },
          { guard: { type: 'isKind', params: { kind: 'summary' } }, target: 'summary' },
          { target: 'finished' },
        ],
      },
      reading: {
        on: { 'step.next': { target: 'routing', reenter: true, actions: ['touch', 'complete'] } },
      },
      summary: {
        on: { 'step.next': { target: 'routing', reenter: true, actions: ['touch', 'complete'] } },
      },
      video: {
        on: {
          'video.progress': { actions: ['touch', 'recordWatch'] },
          'step.next': { guard: 'videoWatched', target: 'routing', reenter: true, actions: ['touch', 'complete'] },
        },
      },
      practice: {
        on: {
          'checkpoint.reach': { guard: 'checkpointMatches', actions: ['touch', 'reachCheckpoint'] },
          'step.next': { guard: 'practiceDone', target: 'routing', reenter: true, actions: ['touch', 'complete'] },
        },
      },
      quiz: {
        on: {
          'answer.submit': { guard: 'answerable', actions: ['touch', 'recordAnswer'] },
          'hint.request': { guard: 'hintAvailable', actions: ['touch', 'recordHint'] },
          'solution.reveal': { guard: 'revealable', actions: ['touch', 'reveal'] },
          'step.next': { guard: 'quizDone', target: 'routing', reenter: true, actions: ['touch', 'finishQuiz'] },
        },
      },
      finished: { type: 'final' },
    },
  });
}

export const lessonMachine = createLessonMachine();
export type LessonMachine = typeof lessonMachine;
