import type { GradeResult } from '../grading/grade-answer';
import type { PublicQuestion, PublicQuizStep } from '../public-view';
import type { QuestionProgress, StepProgress } from './progress-state';
import { seededShuffle } from './seeded-order';

export const DEFAULT_HINT_AFTER = 2;
export const DEFAULT_MASTERY = 0.8;

export function freshQuestion(): QuestionProgress {
  return { attempts: 0, wrongAttempts: 0, solved: false, revealed: false, hintShown: false, score: 0 };
}

export interface QuizOrder {
  questionOrder: string[];
  optionOrder: Record<string, string[]>;
}

export function quizOrder(step: PublicQuizStep, seed: string | number): QuizOrder {
  const ids = step.questions.map((q) => q.id);
  const questionOrder = step.shuffleQuestions ? seededShuffle(ids, seed, step.id) : ids;
  const optionOrder: Record<string, string[]> = {};
  for (const q of step.questions)
    if ('shuffleOptions' in q && q.shuffleOptions && q.options)
      optionOrder[q.id] = seededShuffle(
        q.options.map((o) => o.id),
        seed,
        `${step.id}/${q.id}`,
      );
  return { questionOrder, optionOrder };
}

export function isExhausted(q: PublicQuestion, p: QuestionProgress): boolean {
  return q.maxAttempts !== undefined && p.attempts >= q.maxAttempts;
}

/** A question is settled when it cannot change any more: solved, revealed, or out of attempts. */
export function isSettled(q: PublicQuestion, p: QuestionProgress | undefined): boolean {
  return !!p && (p.solved || p.revealed || isExhausted(q, p));
}

export function canAnswer(q: PublicQuestion, p: QuestionProgress): boolean {
  return !isSettled(q, p);
}

export function hintOffered(q: PublicQuestion, p: QuestionProgress): boolean {
  return !!q.hint && p.wrongAttempts >= (q.hintAfterAttempts ?? DEFAULT_HINT_AFTER);
}

export function canReveal(q: PublicQuestion, p: QuestionProgress): boolean {
  if (p.solved || p.revealed) return false;
  const policy = q.reveal ?? 'after-max-attempts';
  if (policy === 'on-request') return true;
  return policy === 'after-max-attempts' && isExhausted(q, p);
}

export function applyGrade(p: QuestionProgress, result: GradeResult): QuestionProgress {
  return {
    ...p,
    attempts: p.attempts + 1,
    wrongAttempts: p.wrongAttempts + (result.correct ? 0 : 1),
    solved: result.correct,
    score: result.score,
    lastResult: result,
  };
}

export function quizFinished(step: PublicQuizStep, progress: Pick<StepProgress, 'questions'>): boolean {
  return step.questions.every((q) => isSettled(q, progress.questions[q.id]));
}

/** The question the learner is on: the first in display order that can still change; null when all are settled. */
export function firstOpenQuestion(
  step: PublicQuizStep,
  order: readonly string[],
  questions: Record<string, QuestionProgress>,
): string | null {
  return (
    order.find(
      (id) => !isSettled(step.questions.find((q) => q.id === id) as PublicQuestion, questions[id]),
    ) ?? null
  );
}

/** Points-weighted share; a revealed question earns nothing. */
export function quizScore(step: PublicQuizStep, progress: Pick<StepProgress, 'questions'>): number {
  let earned = 0;
  let total = 0;
  for (const q of step.questions) {
    const points = q.points ?? 1;
    const p = progress.questions[q.id];
    total += points;
    if (p && !(p.revealed && !p.solved)) earned += points * p.score;
  }
  return total === 0 ? 1 : earned / total;
}
