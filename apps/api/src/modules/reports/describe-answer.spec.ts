import { type PublicQuestion } from '@punte/course-engine';
import { answerKey, describeAnswer } from './describe-answer';

const items = [
  { id: 'x', text: { ro: 'Deschideți', pl: 'Otwórz' } },
  { id: 'y', text: { ro: 'Scrieți', pl: 'Napisz' } },
];
const ordering = { id: 'o', kind: 'ordering', prompt: {}, items } as PublicQuestion;
const matching = { id: 'm', kind: 'matching', prompt: {}, left: items, right: items } as PublicQuestion;
const choices = { id: 'c', kind: 'multiple-choice', prompt: {}, options: items } as PublicQuestion;

describe('wrong answers as a trainer reads them', () => {
  it('groups the same answer whatever order it was clicked in, but keeps an ordering as given', () => {
    expect(answerKey({ kind: 'multiple-choice', optionIds: ['y', 'x'] }, 'ro')).toBe(
      answerKey({ kind: 'multiple-choice', optionIds: ['x', 'y'] }, 'ro'),
    );
    expect(answerKey({ kind: 'ordering', itemIds: ['y', 'x'] }, 'ro')).not.toBe(
      answerKey({ kind: 'ordering', itemIds: ['x', 'y'] }, 'ro'),
    );
    expect(
      answerKey(
        {
          kind: 'matching',
          pairs: [
            ['y', 'x'],
            ['x', 'y'],
          ],
        },
        'ro',
      ),
    ).toBe(
      answerKey(
        {
          kind: 'matching',
          pairs: [
            ['x', 'y'],
            ['y', 'x'],
          ],
        },
        'ro',
      ),
    );
    expect(answerKey({ kind: 'short-text', text: ' Ştefan ' }, 'ro')).toBe(
      answerKey({ kind: 'short-text', text: 'ștefan' }, 'ro'),
    );
  });

  it('names options by their text in the language asked for', () => {
    expect(describeAnswer({ kind: 'ordering', itemIds: ['y', 'x'] }, ordering, 'pl')).toBe('Napisz → Otwórz');
    expect(describeAnswer({ kind: 'matching', pairs: [['x', 'y']] }, matching, 'ro')).toBe(
      'Deschideți — Scrieți',
    );
    expect(describeAnswer({ kind: 'multiple-choice', optionIds: ['x', 'gone'] }, choices, 'uk', 'ro')).toBe(
      'Deschideți; gone',
    );
    expect(describeAnswer({ kind: 'number', value: 12.5 }, choices, 'en')).toBe('12.5');
    expect(describeAnswer({ kind: 'true-false', value: true }, choices, 'uk')).toBe('Правда');
    expect(describeAnswer({ kind: 'pick-items', itemIds: ['y'] }, ordering, 'ro')).toBe('Scrieți');
  });
});
