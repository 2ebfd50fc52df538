import fc from 'fast-check';
import { LOCALES } from '../model/locale';
import type { Question } from '../model/question';
import { gradeAnswer } from './grade-answer';
import { normalizeAnswerText } from './normalize';

const ids = ['a', 'b', 'c', 'd', 'e'];

describe('grader invariants', () => {
  it('scores stay in 0..1 and correct means score 1', () => {
    fc.assert(
      fc.property(
        fc.subarray(ids, { minLength: 1 }),
        fc.array(fc.constantFrom(...ids)),
        fc.boolean(),
        (correct, picked, partialCredit) => {
          const q: Question = {
            id: 'q',
            kind: 'multiple-choice',
            prompt: {},
            options: ids.map((id) => ({ id, text: {} })),
            correct,
            partialCredit,
          };
          const r = gradeAnswer(q, { kind: 'multiple-choice', optionIds: picked }, { locale: 'en' });
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(1);
          expect(r.correct).toBe(r.score === 1);
          expect(
            gradeAnswer(q, { kind: 'multiple-choice', optionIds: [...correct].reverse() }, { locale: 'en' })
              .correct,
          ).toBe(true);
        },
      ),
    );
  });

  it('normalising is idempotent and an accepted answer always grades right', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.constantFrom(...LOCALES),
        fc.boolean(),
        (text, locale, ignoreDiacritics) => {
          const once = normalizeAnswerText(text, { locale, ignoreDiacritics });
          expect(normalizeAnswerText(once, { locale, ignoreDiacritics })).toBe(once);
          const q: Question = {
            id: 'q',
            kind: 'short-text',
            prompt: {},
            accepted: { [locale]: [text] },
            ignoreDiacritics,
          };
          expect(gradeAnswer(q, { kind: 'short-text', text: `  ${text} ` }, { locale }).correct).toBe(
            once !== '',
          );
        },
      ),
    );
  });
});
