import { seededShuffle, type Answer, type PublicQuestion } from '@punte/course-engine';

/** What the learner has chosen or typed so far, before pressing "check". */
export type Draft =
  | { kind: 'choice'; optionId: string }
  | { kind: 'truth'; value: '' | 'true' | 'false' }
  | { kind: 'set'; ids: string[] }
  | { kind: 'text'; text: string }
  | { kind: 'order'; ids: string[] }
  | { kind: 'pairs'; pairs: Record<string, string> };

/**
 * Items of an ordering question are shown shuffled (by the learner's seed, so the same after a
 * reload) and never already in the order the author wrote them.
 */
export function initialOrder(ids: string[], seed: string | number, questionId: string): string[] {
  if (ids.length < 2) return ids;
  const shuffled = seededShuffle(ids, seed, `order/${questionId}`);
  const same = shuffled.every((id, i) => id === ids[i]);
  return same ? [...shuffled.slice(1), shuffled[0]!] : shuffled;
}

export function emptyDraft(question: PublicQuestion, seed: string | number): Draft {
  switch (question.kind) {
    case 'single-choice':
      return { kind: 'choice', optionId: '' };
    case 'true-false':
      return { kind: 'truth', value: '' };
    case 'multiple-choice':
    case 'pick-items':
      return { kind: 'set', ids: [] };
    case 'short-text':
    case 'number':
      return { kind: 'text', text: '' };
    case 'ordering':
      return {
        kind: 'order',
        ids: initialOrder(
          (question.items ?? []).map((item) => item.id),
          seed,
          question.id,
        ),
      };
    case 'matching':
      return { kind: 'pairs', pairs: {} };
  }
}

/** "3,5" and "3.5" are the same number; spaces between thousands are ignored. */
export function parseNumber(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** The engine's answer for a draft, or null while it is incomplete. */
export function answerOf(question: PublicQuestion, draft: Draft): Answer | null {
  switch (question.kind) {
    case 'single-choice':
      return draft.kind === 'choice' && draft.optionId
        ? { kind: question.kind, optionId: draft.optionId }
        : null;
    case 'true-false':
      return draft.kind === 'truth' && draft.value
        ? { kind: question.kind, value: draft.value === 'true' }
        : null;
    case 'multiple-choice':
      return draft.kind === 'set' && draft.ids.length ? { kind: question.kind, optionIds: draft.ids } : null;
    case 'pick-items':
      return draft.kind === 'set' && draft.ids.length ? { kind: question.kind, itemIds: draft.ids } : null;
    case 'short-text':
      return draft.kind === 'text' && draft.text.trim()
        ? { kind: question.kind, text: draft.text.trim() }
        : null;
    case 'number': {
      const value = draft.kind === 'text' ? parseNumber(draft.text) : null;
      return value === null ? null : { kind: question.kind, value };
    }
    case 'ordering':
      return draft.kind === 'order' ? { kind: question.kind, itemIds: draft.ids } : null;
    case 'matching': {
      if (draft.kind !== 'pairs') return null;
      const left = question.left ?? [];
      if (!left.every((item) => draft.pairs[item.id])) return null;
      return {
        kind: question.kind,
        pairs: left.map((item): [string, string] => [item.id, draft.pairs[item.id]!]),
      };
    }
  }
}

/** The draft an answer was made from: an answer still waiting for its verdict shows as chosen. */
export function draftOf(answer: Answer): Draft {
  switch (answer.kind) {
    case 'single-choice':
      return { kind: 'choice', optionId: answer.optionId };
    case 'true-false':
      return { kind: 'truth', value: answer.value ? 'true' : 'false' };
    case 'multiple-choice':
      return { kind: 'set', ids: [...answer.optionIds] };
    case 'pick-items':
      return { kind: 'set', ids: [...answer.itemIds] };
    case 'short-text':
      return { kind: 'text', text: answer.text };
    case 'number':
      return { kind: 'text', text: String(answer.value) };
    case 'ordering':
      return { kind: 'order', ids: [...answer.itemIds] };
    case 'matching':
      return { kind: 'pairs', pairs: Object.fromEntries(answer.pairs) };
  }
}

/** Moves one item of an ordering up (-1) or down (+1); returns the new order. */
export function move(ids: readonly string[], index: number, by: -1 | 1): string[] {
  const to = index + by;
  if (to < 0 || to >= ids.length) return [...ids];
  const out = [...ids];
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
}
