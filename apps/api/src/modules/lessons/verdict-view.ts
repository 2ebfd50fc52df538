import { type Answer, type Locale, type LocalizedText } from '@punte/course-engine';
import { pickText } from '../catalog/catalog.mapper';
import { type AnswerValue, type QuestionVerdict } from './models/question-verdict.model';
import { type Verdict } from './verdict';

export function answerValueOf(answer: Answer): AnswerValue {
  switch (answer.kind) {
    case 'single-choice':
      return { kind: answer.kind, optionId: answer.optionId };
    case 'multiple-choice':
      return { kind: answer.kind, optionIds: answer.optionIds };
    case 'pick-items':
    case 'ordering':
      return { kind: answer.kind, itemIds: answer.itemIds };
    case 'true-false':
      return { kind: answer.kind, truth: answer.value };
    case 'number':
      return { kind: answer.kind, number: answer.value };
    case 'short-text':
      return { kind: answer.kind, text: answer.text };
    case 'matching':
      return { kind: answer.kind, pairs: answer.pairs.map(([left, right]) => ({ left, right })) };
  }
}

/** A verdict in the learner's language (the course's fallback where a text is missing in it). */
export function verdictView(verdict: Verdict, locale: Locale, fallback: Locale): QuestionVerdict {
  const text = (value: LocalizedText | undefined) =>
    pickText(value as Record<string, string> | undefined, locale, fallback);
  return {
    questionId: verdict.questionId,
    correct: verdict.correct ?? null,
    score: verdict.score ?? null,
    feedback: text(verdict.feedback),
    optionFeedback: verdict.optionFeedback.map((f) => text(f)).filter((f): f is string => f !== null),
    attempts: verdict.attempts,
    attemptsLeft: verdict.attemptsLeft,
    settled: verdict.settled,
    revealed: verdict.revealed,
    explanation: text(verdict.explanation),
    solution: verdict.solution ? answerValueOf(verdict.solution) : null,
  };
}
