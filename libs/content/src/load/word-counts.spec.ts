import { countWords, wordsOf } from './word-counts';

describe('word counts', () => {
  it('counts words, not Markdown marks, with apostrophes and hyphens inside words', () => {
    expect(countWords('**Bună ziua**, doamnă! — l’ordine e-mail 2026')).toBe(6);
    expect(countWords('План моей новой услуги: шаг за шагом.')).toBe(7);
  });

  it('adds the localized texts of a file per language, and nothing else', () => {
    const lesson = {
      id: 'some-lesson-id',
      title: { ro: 'Lecția întâi', en: 'The first lesson' },
      steps: [{ id: 'read', kind: 'reading', body: { ro: 'Un text scurt.', ru: 'Короткий текст.' } }],
      accepted: { ro: ['un', 'doi'] },
    };
    expect(wordsOf(lesson)).toEqual({ ro: 5, ru: 2, uk: 0, pl: 0, en: 3 });
  });
});
