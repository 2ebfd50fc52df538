import type { LocalizedList, LocalizedText } from './locale';

/** An answer option, ordering item or matching side. Ids are stable across edits. */
export interface ChoiceOption {
  id: string;
  text: LocalizedText;
  /** Feedback shown when the learner picks this option (answer key: server only). */
  feedback?: LocalizedText;
}

export type RevealPolicy = 'never' | 'after-max-attempts' | 'on-request';

interface QuestionBase {
  id: string;
  prompt: LocalizedText;
  /** Offered after `hintAfterAttempts` wrong attempts. */
  hint?: LocalizedText;
  /** Why the right answer is right; shown once the question is solved or revealed. */
  explanation?: LocalizedText;
  feedback?: { correct?: LocalizedText; incorrect?: LocalizedText };
  /** Default 1. */
  points?: number;
  /** Default 2. */
  hintAfterAttempts?: number;
  /** Unlimited when absent. */
  maxAttempts?: number;
  /** Default 'after-max-attempts'. */
  reveal?: RevealPolicy;
}

export interface SingleChoiceQuestion extends QuestionBase {
  kind: 'single-choice';
  options: ChoiceOption[];
  correct: string;
  shuffleOptions?: boolean;
}

export interface MultipleChoiceQuestion extends QuestionBase {
  kind: 'multiple-choice';
  options: ChoiceOption[];
  correct: string[];
  /** Score share for a partly right answer instead of all-or-nothing. Default false. */
  partialCredit?: boolean;
  shuffleOptions?: boolean;
}

export interface TrueFalseQuestion extends QuestionBase {
  kind: 'true-false';
  correct: boolean;
}

export interface ShortTextQuestion extends QuestionBase {
  kind: 'short-text';
  accepted: LocalizedList;
  /** Accept answers typed without diacritics (ș→s, ą→a, й→и is NOT folded). Default false. */
  ignoreDiacritics?: boolean;
  /** Default false. */
  caseSensitive?: boolean;
}

export interface NumberQuestion extends QuestionBase {
  kind: 'number';
  correct: number;
  /** Absolute tolerance. Default 0. */
  tolerance?: number;
  unit?: LocalizedText;
}

export interface OrderingQuestion extends QuestionBase {
  kind: 'ordering';
  items: ChoiceOption[];
  /** Item ids in the right order. */
  correctOrder: string[];
}

export interface MatchingQuestion extends QuestionBase {
  kind: 'matching';
  left: ChoiceOption[];
  right: ChoiceOption[];
  /** [leftId, rightId] pairs. */
  pairs: [string, string][];
}

/** "Pick the items" on a list, e.g. which of these e-mails are scams. */
export interface PickItemsQuestion extends QuestionBase {
  kind: 'pick-items';
  items: ChoiceOption[];
  correct: string[];
  partialCredit?: boolean;
}

export type Question =
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | TrueFalseQuestion
  | ShortTextQuestion
  | NumberQuestion
  | OrderingQuestion
  | MatchingQuestion
  | PickItemsQuestion;

export type QuestionKind = Question['kind'];

export const QUESTION_KINDS: readonly QuestionKind[] = [
  'single-choice',
  'multiple-choice',
  'true-false',
  'short-text',
  'number',
  'ordering',
  'matching',
  'pick-items',
];

/** What a learner submits, per question kind. */
export type Answer =
  | { kind: 'single-choice'; optionId: string }
  | { kind: 'multiple-choice'; optionIds: string[] }
  | { kind: 'true-false'; value: boolean }
  | { kind: 'short-text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'ordering'; itemIds: string[] }
  | { kind: 'matching'; pairs: [string, string][] }
  | { kind: 'pick-items'; itemIds: string[] };
