import type { Locale, LocalizedText } from '../model/locale';
import type { Answer } from '../model/question';
import type { QuestionProgress } from '../machines/progress-state';
import type { AnswerKey } from '../public-view';
import type { GradeOptions } from './grade-answer';
import type { QuestionKey } from './answer-key';

/** What the learner is told about a question after answering it or asking for its solution. */
export interface Verdict {
  questionId: string;
  /** The last graded attempt; false and 0 when the solution was revealed before any right answer. */
  correct: boolean;
  score: number;
  /** The question's feedback for that attempt, in the learner's language (else the fallback). */
  feedback?: string;
  /** Feedback of the options picked, in the order picked. */
  optionFeedback?: string[];
  /** Why the right answer is right: only once the question is solved or its solution revealed. */
  explanation?: string;
  /** The right answer, in the shape of an answer: only once the solution was revealed. */
  solution?: Answer;
}

function pick(text: LocalizedText | undefined, { locale, fallbackLocale }: GradeOptions): string | undefined {
  return text?.[locale] ?? (fallbackLocale && text?.[fallbackLocale]);
}

/** The right answer as an answer would be given: a short text in the learner's language (else the fallback). */
export function solutionOf(key: QuestionKey, options: GradeOptions): Answer {
  switch (key.kind) {
    case 'single-choice':
      return { kind: key.kind, optionId: key.correct };
    case 'multiple-choice':
      return { kind: key.kind, optionIds: key.correct };
    case 'pick-items':
      return { kind: key.kind, itemIds: key.correct };
    case 'true-false':
    case 'number':
      return { kind: key.kind, value: key.correct } as Answer;
    case 'ordering':
      return { kind: key.kind, itemIds: key.correctOrder };
    case 'matching':
      return { kind: key.kind, pairs: key.pairs };
    case 'short-text': {
      const own: Locale | undefined = key.accepted[options.locale]?.length
        ? options.locale
        : options.fallbackLocale;
      return { kind: key.kind, text: (own && key.accepted[own]?.[0]) ?? '' };
    }
  }
}

/**
 * The verdict on a question as its progress stands (read it from `quizInProgress(snapshot)` after
 * the engine took the answer or the reveal): the server returns this, and only this, to the
 * learner. Undefined for a question the key does not have or one not yet answered nor revealed.
 */
export function verdictFor(
  answerKey: AnswerKey,
  questionId: string,
  progress: QuestionProgress | undefined,
  options: GradeOptions,
): Verdict | undefined {
  const key = answerKey[questionId];
  if (!key || !progress || (!progress.lastResult && !progress.revealed)) return undefined;
  const result = progress.lastResult ?? { correct: false, score: 0 };
  const verdict: Verdict = { questionId, correct: result.correct, score: result.score };
  const feedback = pick(result.feedback, options);
  if (feedback) verdict.feedback = feedback;
  const optionFeedback = result.optionFeedback?.map((f) => pick(f, options) ?? '').filter(Boolean);
  if (optionFeedback?.length) verdict.optionFeedback = optionFeedback;
  const explanation = progress.solved || progress.revealed ? pick(key.explanation, options) : undefined;
  if (explanation) verdict.explanation = explanation;
  if (progress.revealed) verdict.solution = solutionOf(key, options);
  return verdict;
}
