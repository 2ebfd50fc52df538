import type { PublicQuestion } from '@punte/course-engine';
import type { Answer } from '@punte/course-engine';
import { answerOf, draftOf, emptyDraft, initialOrder, move, parseNumber } from './quiz-drafts';

const q = (fields: Record<string, unknown>) =>
  ({ id: 'q', prompt: { en: '?' }, ...fields }) as PublicQuestion;

describe('turning what the learner chose into an answer', () => {
  it('gives no answer until the question is answered completely', () => {
    const matching = q({
      kind: 'matching',
      left: [
        { id: 'a', text: {} },
        { id: 'b', text: {} },
      ],
      right: [
        { id: 'x', text: {} },
        { id: 'y', text: {} },
      ],
    });
    expect(answerOf(matching, { kind: 'pairs', pairs: { a: 'x' } })).toBeNull();
    expect(answerOf(matching, { kind: 'pairs', pairs: { a: 'x', b: 'y' } })).toEqual({
      kind: 'matching',
      pairs: [
        ['a', 'x'],
        ['b', 'y'],
      ],
    });
    expect(answerOf(q({ kind: 'short-text' }), { kind: 'text', text: '   ' })).toBeNull();
    expect(answerOf(q({ kind: 'true-false' }), { kind: 'truth', value: 'false' })).toEqual({
      kind: 'true-false',
      value: false,
    });
  });

  it('reads numbers written with a comma or a dot and thousands separated by spaces', () => {
    expect(parseNumber('3,5')).toBe(3.5);
    expect(parseNumber(' 1 200 ')).toBe(1200);
    expect(parseNumber('-2')).toBe(-2);
    expect(parseNumber('abc')).toBeNull();
    expect(answerOf(q({ kind: 'number' }), { kind: 'text', text: '0,25' })).toEqual({
      kind: 'number',
      value: 0.25,
    });
  });

  it('never starts an ordering in the author’s order, and keeps the same order for the same seed', () => {
    for (const seed of [1, 2, 3, 'learner', 'guest-x']) {
      const order = initialOrder(['a', 'b', 'c'], seed, 'q');
      expect(order).not.toEqual(['a', 'b', 'c']);
      expect([...order].sort()).toEqual(['a', 'b', 'c']);
      expect(initialOrder(['a', 'b', 'c'], seed, 'q')).toEqual(order);
    }
    const draft = emptyDraft(
      q({
        kind: 'ordering',
        items: [
          { id: 'a', text: {} },
          { id: 'b', text: {} },
        ],
      }),
      7,
    );
    expect(draft).toEqual({ kind: 'order', ids: ['b', 'a'] });
  });

  it('moves an ordering item up or down, and not past either end', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('showing an answer that waits for its verdict as the learner chose it', () => {
  const left = [
    { id: 'a', text: {} },
    { id: 'b', text: {} },
  ];
  it.each<[string, Answer]>([
    ['single choice', { kind: 'single-choice', optionId: 'mail' }],
    ['multiple choice', { kind: 'multiple-choice', optionIds: ['subject', 'file'] }],
    ['true or false', { kind: 'true-false', value: false }],
    ['short text', { kind: 'short-text', text: 'ana@example.org' }],
    ['number', { kind: 'number', value: 3.5 }],
    ['ordering', { kind: 'ordering', itemIds: ['b', 'a'] }],
    ['pick the items', { kind: 'pick-items', itemIds: ['a'] }],
    [
      'matching',
      {
        kind: 'matching',
        pairs: [
          ['a', 'y'],
          ['b', 'x'],
        ],
      },
    ],
  ])('gives back the same %s answer from its draft', (_, answer) => {
    expect(answerOf(q({ kind: answer.kind, left }), draftOf(answer))).toEqual(answer);
  });
});
