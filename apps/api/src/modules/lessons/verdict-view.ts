import { type Answer } from '@punte/course-engine';
import { type AnswerValue, type QuestionVerdict } from './models/question-verdict.model';
import { type PlayerVerdict } from './verdict';

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

export function verdictView(verdict: PlayerVerdict): QuestionVerdict {
  return {
    questionId: verdict.questionId,
    correct: verdict.correct,
    score: verdict.score,
    feedback: verdict.feedback ?? null,
    optionFeedback: verdict.optionFeedback,
    attempts: verdict.attempts,
    attemptsLeft: verdict.attemptsLeft,
    settled: verdict.settled,
    revealed: verdict.revealed,
    explanation: verdict.explanation ?? null,
    solution: verdict.solution ? answerValueOf(verdict.solution) : null,
  };
}
