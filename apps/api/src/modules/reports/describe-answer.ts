import {
  type Answer,
  type Locale,
  type PublicOption,
  type PublicQuestion,
  normalizeAnswerText,
} from '@punte/course-engine';
import { localized } from './localized';

const TRUE_FALSE: Record<Locale, [string, string]> = {
  ro: ['Adevărat', 'Fals'],
  ru: ['Верно', 'Неверно'],
  uk: ['Правда', 'Неправда'],
  pl: ['Prawda', 'Fałsz'],
  en: ['True', 'False'],
};

/**
 * The same answer given twice yields the same key, whatever order the learner clicked things in
 * (but an ordering keeps its order: that is the answer). Short text is compared as graders compare it.
 */
export function answerKey(answer: Answer, locale: Locale): string {
  switch (answer.kind) {
    case 'single-choice':
      return `option:${answer.optionId}`;
    case 'multiple-choice':
      return `options:${[...answer.optionIds].sort().join(',')}`;
    case 'pick-items':
      return `items:${[...answer.itemIds].sort().join(',')}`;
    case 'true-false':
      return `bool:${answer.value}`;
    case 'short-text':
      return `text:${normalizeAnswerText(answer.text, { locale })}`;
    case 'number':
      return `number:${answer.value}`;
    case 'ordering':
      return `order:${answer.itemIds.join(',')}`;
    case 'matching':
      return `pairs:${answer.pairs
        .map(([left, right]) => `${left}=${right}`)
        .sort()
        .join(',')}`;
  }
}

function textsOf(
  ids: readonly string[],
  options: PublicOption[] | undefined,
  locale: Locale,
  fallback: Locale,
) {
  return ids.map((id) => localized(options?.find((o) => o.id === id)?.text, locale, fallback) || id);
}

/** An answer as a trainer reads it: the options' texts in the trainer's language, not their ids. */
export function describeAnswer(
  answer: Answer,
  question: PublicQuestion,
  locale: Locale,
  fallback: Locale = 'en',
): string {
  switch (answer.kind) {
    case 'single-choice':
      return textsOf([answer.optionId], question.options, locale, fallback)[0];
    case 'multiple-choice':
      return textsOf(answer.optionIds, question.options, locale, fallback).join('; ');
    case 'pick-items':
      return textsOf(answer.itemIds, question.items, locale, fallback).join('; ');
    case 'true-false':
      return TRUE_FALSE[locale][answer.value ? 0 : 1];
    case 'short-text':
      return answer.text.trim();
    case 'number':
      return String(answer.value);
    case 'ordering':
      return textsOf(answer.itemIds, question.items, locale, fallback).join(' → ');
    case 'matching':
      return answer.pairs
        .map(([left, right]) => {
          const [l] = textsOf([left], question.left, locale, fallback);
          const [r] = textsOf([right], question.right, locale, fallback);
          return `${l} — ${r}`;
        })
        .join('; ');
  }
}
