import type { Question } from '../model/question';
import { gradeAnswer } from './grade-answer';
import { normalizeAnswerText, stripDiacritics } from './normalize';

const base = { prompt: { en: 'q' } };

function shortText(
  accepted: Partial<Record<'ro' | 'ru' | 'uk' | 'pl' | 'en', string[]>>,
  extra: object = {},
): Question {
  return { ...base, id: 'st', kind: 'short-text', accepted, ...extra } as Question;
}

describe('short-text normalisation', () => {
  it('trims, collapses spaces and folds case by locale', () => {
    expect(normalizeAnswerText('  Poșta   Electronică ', { locale: 'ro' })).toBe('poșta electronică');
    expect(normalizeAnswerText('ЭЛЕКТРОННАЯ\tПОЧТА', { locale: 'ru' })).toBe('электронная почта');
    expect(normalizeAnswerText('ŁÓDŹ', { locale: 'pl' })).toBe('łódź');
  });
  it('keeps case when the author asks for it', () => {
    expect(normalizeAnswerText('Gmail', { locale: 'en', caseSensitive: true })).toBe('Gmail');
  });
  it('treats Romanian cedilla letters as comma-below letters always', () => {
    expect(normalizeAnswerText('ştiinţă', { locale: 'ro' })).toBe('știință');
    expect(normalizeAnswerText('ŞŢ', { locale: 'ro', caseSensitive: true })).toBe('ȘȚ');
  });
  it('folds ё to е in Russian only', () => {
    expect(normalizeAnswerText('Ёлка', { locale: 'ru' })).toBe('елка');
    expect(normalizeAnswerText('Ёлка', { locale: 'ru', caseSensitive: true })).toBe('Елка');
    expect(normalizeAnswerText('ёлка', { locale: 'uk' })).toBe('ёлка');
  });
  it('strips diacritics but never folds й or ї', () => {
    expect(stripDiacritics('știință')).toBe('stiinta');
    expect(stripDiacritics('zażółć gęślą jaźń')).toBe('zazolc gesla jazn');
    expect(stripDiacritics('Łódź')).toBe('Lodz');
    expect(stripDiacritics('йод їжа Йїж')).toBe('йод їжа Йїж');
  });
});

describe('grading a short-text answer', () => {
  const q = shortText({
    ro: ['poștă electronică'],
    ru: ['почта'],
    uk: ['пошта', 'імейл'],
    pl: ['poczta'],
    en: ['e-mail', 'email'],
  });
  it.each([
    ['ro', 'Poștă  electronică', true],
    ['ro', 'poştă electronică', true],
    ['ro', 'posta electronica', false],
    ['ru', ' ПОЧТА ', true],
    ['uk', 'Імейл', true],
    ['uk', 'почта', false],
    ['pl', 'Poczta', true],
    ['en', 'EMAIL', true],
    ['en', '', false],
  ] as const)('%s %p → %p', (locale, text, correct) => {
    expect(gradeAnswer(q, { kind: 'short-text', text }, { locale }).correct).toBe(correct);
  });
  it('accepts answers typed without diacritics when allowed', () => {
    const lax = shortText(
      { ro: ['Știință'], pl: ['źródło'], uk: ['їжак'], ru: ['ёж'] },
      { ignoreDiacritics: true },
    );
    expect(gradeAnswer(lax, { kind: 'short-text', text: 'stiinta' }, { locale: 'ro' }).correct).toBe(true);
    expect(gradeAnswer(lax, { kind: 'short-text', text: 'zrodlo' }, { locale: 'pl' }).correct).toBe(true);
    expect(gradeAnswer(lax, { kind: 'short-text', text: 'іжак' }, { locale: 'uk' }).correct).toBe(false);
    expect(gradeAnswer(lax, { kind: 'short-text', text: 'еж' }, { locale: 'ru' }).correct).toBe(true);
  });
  it('has nothing to accept in a language without answers', () => {
    expect(
      gradeAnswer(shortText({ ro: ['da'] }), { kind: 'short-text', text: 'da' }, { locale: 'en' }).correct,
    ).toBe(false);
  });

  it("falls back to the fallback language's answers when the learner's language has none", () => {
    const q2 = shortText({ ro: ['poștă'], uk: [], en: ['mail'] });
    expect(
      gradeAnswer(q2, { kind: 'short-text', text: 'Poştă' }, { locale: 'ru', fallbackLocale: 'ro' }).correct,
    ).toBe(true);
    expect(
      gradeAnswer(q2, { kind: 'short-text', text: 'poștă' }, { locale: 'uk', fallbackLocale: 'ro' }).correct,
    ).toBe(true);
    expect(
      gradeAnswer(q2, { kind: 'short-text', text: 'poștă' }, { locale: 'pl', fallbackLocale: 'ru' }).correct,
    ).toBe(false);
  });

  it("ignores the fallback when the learner's language has answers", () => {
    const q2 = shortText({ ro: ['poștă'], en: ['mail'] });
    expect(
      gradeAnswer(q2, { kind: 'short-text', text: 'poștă' }, { locale: 'en', fallbackLocale: 'ro' }).correct,
    ).toBe(false);
    expect(
      gradeAnswer(q2, { kind: 'short-text', text: 'MAIL' }, { locale: 'en', fallbackLocale: 'ro' }).correct,
    ).toBe(true);
  });

  it('normalises in the language of the answers used: ё folds only against Russian answers', () => {
    const q2 = shortText({ ru: ['ёж'], uk: ['їжак'] });
    expect(
      gradeAnswer(q2, { kind: 'short-text', text: 'еж' }, { locale: 'ro', fallbackLocale: 'ru' }).correct,
    ).toBe(true);
    expect(
      gradeAnswer(q2, { kind: 'short-text', text: 'еж' }, { locale: 'uk', fallbackLocale: 'ru' }).correct,
    ).toBe(false);
  });
  it('respects case sensitivity', () => {
    const q2 = shortText({ en: ['Gmail'] }, { caseSensitive: true });
    expect(gradeAnswer(q2, { kind: 'short-text', text: 'gmail' }, { locale: 'en' }).correct).toBe(false);
    expect(gradeAnswer(q2, { kind: 'short-text', text: 'Gmail' }, { locale: 'en' }).correct).toBe(true);
  });
});

const opts = (ids: string[], fb: Record<string, string> = {}) =>
  ids.map((id) => ({ id, text: { en: id }, ...(fb[id] ? { feedback: { en: fb[id] } } : {}) }));

describe('grading choice questions', () => {
  const single: Question = {
    ...base,
    id: 's',
    kind: 'single-choice',
    options: opts(['a', 'b'], { b: 'b is a trap' }),
    correct: 'a',
    feedback: { correct: { ro: 'Corect' }, incorrect: { ro: 'Greșit' } },
  };
  it('single choice: right option, option feedback on a wrong one', () => {
    expect(gradeAnswer(single, { kind: 'single-choice', optionId: 'a' }, { locale: 'ro' })).toEqual({
      correct: true,
      score: 1,
      feedback: { ro: 'Corect' },
    });
    const wrong = gradeAnswer(single, { kind: 'single-choice', optionId: 'b' }, { locale: 'ro' });
    expect(wrong).toMatchObject({ correct: false, score: 0, feedback: { en: 'b is a trap' } });
  });
  it('single choice: generic incorrect feedback when the option has none', () => {
    const q = { ...single, options: opts(['a', 'b', 'c']) } as Question;
    expect(gradeAnswer(q, { kind: 'single-choice', optionId: 'c' }, { locale: 'ro' }).feedback).toEqual({
      ro: 'Greșit',
    });
  });
  const multi: Question = {
    ...base,
    id: 'm',
    kind: 'multiple-choice',
    options: opts(['a', 'b', 'c', 'd']),
    correct: ['a', 'b'],
  };
  it('multiple choice without partial credit is all or nothing', () => {
    expect(
      gradeAnswer(multi, { kind: 'multiple-choice', optionIds: ['b', 'a'] }, { locale: 'en' }).score,
    ).toBe(1);
    expect(gradeAnswer(multi, { kind: 'multiple-choice', optionIds: ['a'] }, { locale: 'en' }).score).toBe(0);
  });
  it('multiple choice with partial credit: right minus wrong, floored at 0', () => {
    const q = { ...multi, partialCredit: true } as Question;
    expect(gradeAnswer(q, { kind: 'multiple-choice', optionIds: ['a'] }, { locale: 'en' })).toMatchObject({
      correct: false,
      score: 0.5,
    });
    expect(gradeAnswer(q, { kind: 'multiple-choice', optionIds: ['a', 'c'] }, { locale: 'en' }).score).toBe(
      0,
    );
    expect(gradeAnswer(q, { kind: 'multiple-choice', optionIds: ['c', 'd'] }, { locale: 'en' }).score).toBe(
      0,
    );
    expect(gradeAnswer(q, { kind: 'multiple-choice', optionIds: ['a', 'a'] }, { locale: 'en' }).score).toBe(
      0.5,
    );
  });
  it('pick-items grades like multiple choice and returns item feedback', () => {
    const q: Question = {
      ...base,
      id: 'p',
      kind: 'pick-items',
      items: opts(['x', 'y', 'z'], { z: 'z is fine' }),
      correct: ['x', 'y'],
      partialCredit: true,
    };
    const r = gradeAnswer(q, { kind: 'pick-items', itemIds: ['x', 'z'] }, { locale: 'en' });
    expect(r).toMatchObject({ correct: false, score: 0, optionFeedback: [{ en: 'z is fine' }] });
    expect(gradeAnswer(q, { kind: 'pick-items', itemIds: ['x', 'y'] }, { locale: 'en' }).correct).toBe(true);
  });
  it('true/false', () => {
    const q: Question = { ...base, id: 't', kind: 'true-false', correct: false };
    expect(gradeAnswer(q, { kind: 'true-false', value: false }, { locale: 'uk' }).correct).toBe(true);
    expect(gradeAnswer(q, { kind: 'true-false', value: true }, { locale: 'uk' }).correct).toBe(false);
  });
  it('an answer of another kind is wrong', () => {
    expect(gradeAnswer(single, { kind: 'true-false', value: true }, { locale: 'en' }).correct).toBe(false);
    expect(gradeAnswer(multi, { kind: 'true-false', value: true }, { locale: 'en' }).correct).toBe(false);
  });
});

describe('grading number, ordering and matching', () => {
  const num: Question = { ...base, id: 'n', kind: 'number', correct: 112, tolerance: 0.5 };
  it('number within tolerance', () => {
    expect(gradeAnswer(num, { kind: 'number', value: 112.5 }, { locale: 'pl' }).correct).toBe(true);
    expect(gradeAnswer(num, { kind: 'number', value: 112.6 }, { locale: 'pl' }).correct).toBe(false);
    expect(gradeAnswer(num, { kind: 'number', value: Number.NaN }, { locale: 'pl' }).correct).toBe(false);
    const exact: Question = { ...base, id: 'n2', kind: 'number', correct: 0.3 };
    expect(gradeAnswer(exact, { kind: 'number', value: 0.1 + 0.2 }, { locale: 'en' }).correct).toBe(true);
    expect(gradeAnswer(num, { kind: 'true-false', value: true }, { locale: 'en' }).correct).toBe(false);
  });
  it('ordering needs the exact order', () => {
    const q: Question = {
      ...base,
      id: 'o',
      kind: 'ordering',
      items: opts(['a', 'b', 'c']),
      correctOrder: ['a', 'b', 'c'],
    };
    expect(gradeAnswer(q, { kind: 'ordering', itemIds: ['a', 'b', 'c'] }, { locale: 'en' }).correct).toBe(
      true,
    );
    expect(gradeAnswer(q, { kind: 'ordering', itemIds: ['a', 'c', 'b'] }, { locale: 'en' }).correct).toBe(
      false,
    );
    expect(gradeAnswer(q, { kind: 'ordering', itemIds: ['a', 'b'] }, { locale: 'en' }).correct).toBe(false);
    expect(gradeAnswer(q, { kind: 'true-false', value: true }, { locale: 'en' }).correct).toBe(false);
  });
  it('matching needs every pair and no extra one', () => {
    const q: Question = {
      ...base,
      id: 'mt',
      kind: 'matching',
      left: opts(['l1', 'l2']),
      right: opts(['r1', 'r2']),
      pairs: [
        ['l1', 'r1'],
        ['l2', 'r2'],
      ],
    };
    expect(
      gradeAnswer(
        q,
        {
          kind: 'matching',
          pairs: [
            ['l2', 'r2'],
            ['l1', 'r1'],
          ],
        },
        { locale: 'en' },
      ).correct,
    ).toBe(true);
    expect(
      gradeAnswer(
        q,
        {
          kind: 'matching',
          pairs: [
            ['l1', 'r2'],
            ['l2', 'r1'],
          ],
        },
        { locale: 'en' },
      ).correct,
    ).toBe(false);
    expect(gradeAnswer(q, { kind: 'matching', pairs: [['l1', 'r1']] }, { locale: 'en' }).correct).toBe(false);
    expect(gradeAnswer(q, { kind: 'true-false', value: true }, { locale: 'en' }).correct).toBe(false);
    expect(
      gradeAnswer(shortText({ en: ['x'] }), { kind: 'true-false', value: true }, { locale: 'en' }).correct,
    ).toBe(false);
  });
});
