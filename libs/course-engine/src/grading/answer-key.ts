import type { LocalizedList, LocalizedText } from '../model/locale';
import type { Question } from '../model/question';

interface KeyBase {
  id: string;
  feedback?: { correct?: LocalizedText; incorrect?: LocalizedText };
  /** Shown with the verdict once the question is solved or revealed. */
  explanation?: LocalizedText;
  /** Feedback per option id (the answer key part of options). */
  optionFeedback?: Record<string, LocalizedText>;
}

/** What grading and the verdict need from a question: nothing a learner sees before answering. */
export type QuestionKey = KeyBase &
  (
    | { kind: 'single-choice'; correct: string }
    | { kind: 'multiple-choice'; correct: string[]; partialCredit?: boolean }
    | { kind: 'true-false'; correct: boolean }
    | { kind: 'short-text'; accepted: LocalizedList; ignoreDiacritics?: boolean; caseSensitive?: boolean }
    | { kind: 'number'; correct: number; tolerance?: number }
    | { kind: 'ordering'; correctOrder: string[] }
    | { kind: 'matching'; pairs: [string, string][] }
    | { kind: 'pick-items'; correct: string[]; partialCredit?: boolean }
  );

function optionFeedbackOf(
  options: { id: string; feedback?: LocalizedText }[],
): Record<string, LocalizedText> | undefined {
  const entries = options.filter((o) => o.feedback).map((o) => [o.id, o.feedback as LocalizedText] as const);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

export function keyOfQuestion(q: Question): QuestionKey {
  const base: KeyBase = { id: q.id };
  if (q.feedback) base.feedback = q.feedback;
  if (q.explanation) base.explanation = q.explanation;
  switch (q.kind) {
    case 'single-choice':
      return { ...base, kind: q.kind, correct: q.correct, optionFeedback: optionFeedbackOf(q.options) };
    case 'multiple-choice':
      return {
        ...base,
        kind: q.kind,
        correct: q.correct,
        partialCredit: q.partialCredit,
        optionFeedback: optionFeedbackOf(q.options),
      };
    case 'true-false':
      return { ...base, kind: q.kind, correct: q.correct };
    case 'short-text':
      return {
        ...base,
        kind: q.kind,
        accepted: q.accepted,
        ignoreDiacritics: q.ignoreDiacritics,
        caseSensitive: q.caseSensitive,
      };
    case 'number':
      return { ...base, kind: q.kind, correct: q.correct, tolerance: q.tolerance };
    case 'ordering':
      return {
        ...base,
        kind: q.kind,
        correctOrder: q.correctOrder,
        optionFeedback: optionFeedbackOf(q.items),
      };
    case 'matching':
      return {
        ...base,
        kind: q.kind,
        pairs: q.pairs,
        optionFeedback: optionFeedbackOf([...q.left, ...q.right]),
      };
    case 'pick-items':
      return {
        ...base,
        kind: q.kind,
        correct: q.correct,
        partialCredit: q.partialCredit,
        optionFeedback: optionFeedbackOf(q.items),
      };
  }
}
