import type { Locale, LocalizedList, LocalizedText } from '../model/locale';
import type { Answer, Question } from '../model/question';
import { keyOfQuestion, type QuestionKey } from './answer-key';
import { normalizeAnswerText } from './normalize';

export interface GradeResult {
  correct: boolean;
  /** Share of the question's points earned, 0..1. */
  score: number;
  feedback?: LocalizedText;
  /** Feedback attached to the options the learner picked, in the order picked. */
  optionFeedback?: LocalizedText[];
}

export interface GradeOptions {
  locale: Locale;
  /** Short text: whose accepted answers count when the learner's language has none (the course's fallback language). */
  fallbackLocale?: Locale;
}

// Floating-point noise (0.1 + 0.2) must not turn a right number into a wrong one.
const NUMBER_EPSILON = 1e-9;

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

/** Right picks minus wrong picks over the number of right items, floored at 0. */
function setScore(
  picked: readonly string[],
  correct: readonly string[],
  partial: boolean | undefined,
): number {
  const right = new Set(correct);
  const unique = [...new Set(picked)];
  if (sameSet(unique, correct)) return 1;
  if (!partial || right.size === 0) return 0;
  const hits = unique.filter((id) => right.has(id)).length;
  return Math.max(0, (hits - (unique.length - hits)) / right.size);
}

/**
 * The accepted answers to compare with, and the language they are in: the learner's, else the
 * fallback's. The fallback's language also normalises the typed text, since that is the language
 * the learner is then expected to answer in (ё folds only when the list is Russian).
 */
function acceptedFor(accepted: LocalizedList, options: GradeOptions): [Locale, string[]] {
  const own = accepted[options.locale];
  if (own?.length || !options.fallbackLocale) return [options.locale, own ?? []];
  return [options.fallbackLocale, accepted[options.fallbackLocale] ?? []];
}

function scoreOf(key: QuestionKey, answer: Answer, options: GradeOptions): number {
  switch (key.kind) {
    case 'single-choice':
      return answer.kind === key.kind && answer.optionId === key.correct ? 1 : 0;
    case 'multiple-choice':
      return answer.kind === key.kind ? setScore(answer.optionIds, key.correct, key.partialCredit) : 0;
    case 'pick-items':
      return answer.kind === key.kind ? setScore(answer.itemIds, key.correct, key.partialCredit) : 0;
    case 'true-false':
      return answer.kind === key.kind && answer.value === key.correct ? 1 : 0;
    case 'number':
      return answer.kind === key.kind &&
        Number.isFinite(answer.value) &&
        Math.abs(answer.value - key.correct) <= (key.tolerance ?? 0) + NUMBER_EPSILON
        ? 1
        : 0;
    case 'ordering':
      return answer.kind === key.kind &&
        answer.itemIds.length === key.correctOrder.length &&
        answer.itemIds.every((id, i) => id === key.correctOrder[i])
        ? 1
        : 0;
    case 'matching': {
      if (answer.kind !== key.kind) return 0;
      const given = new Set(answer.pairs.map(([l, r]) => `${l}\u0000${r}`));
      const expected = key.pairs.map(([l, r]) => `${l}\u0000${r}`);
      return given.size === expected.length && expected.every((p) => given.has(p)) ? 1 : 0;
    }
    case 'short-text': {
      if (answer.kind !== key.kind) return 0;
      const [locale, accepted] = acceptedFor(key.accepted, options);
      const opts = { locale, ignoreDiacritics: key.ignoreDiacritics, caseSensitive: key.caseSensitive };
      const typed = normalizeAnswerText(answer.text, opts);
      if (typed === '') return 0;
      return accepted.some((a) => normalizeAnswerText(a, opts) === typed) ? 1 : 0;
    }
  }
}

function pickedIds(answer: Answer): string[] {
  switch (answer.kind) {
    case 'single-choice':
      return [answer.optionId];
    case 'multiple-choice':
      return answer.optionIds;
    case 'pick-items':
      return answer.itemIds;
    case 'true-false':
    case 'short-text':
    case 'number':
    case 'ordering':
    case 'matching':
      return [];
  }
}

/** Grades from the answer key alone, so the server can grade without the full lesson. */
export function gradeWithKey(key: QuestionKey, answer: Answer, options: GradeOptions): GradeResult {
  const score = scoreOf(key, answer, options);
  const correct = score === 1;
  const result: GradeResult = { correct, score };
  const feedback = correct ? key.feedback?.correct : key.feedback?.incorrect;
  if (feedback) result.feedback = feedback;
  const picked = pickedIds(answer)
    .map((id) => key.optionFeedback?.[id])
    .filter((f): f is LocalizedText => f !== undefined);
  if (picked.length) {
    result.optionFeedback = picked;
    // A single choice's own option feedback says more than the generic "incorrect".
    if (!correct && key.kind === 'single-choice') result.feedback = picked[0];
  }
  return result;
}

export function gradeAnswer(
  question: Question | QuestionKey,
  answer: Answer,
  options: GradeOptions,
): GradeResult {
  const key = 'prompt' in question ? keyOfQuestion(question) : question;
  return gradeWithKey(key, answer, options);
}
