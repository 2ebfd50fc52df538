import { keepLanguages, mediaUrl } from './learner-view';

describe('the learner’s view of a lesson', () => {
  it('keeps only the learner’s language and the fallback of every text, wherever it is', () => {
    const text = { ro: 'Bună', ru: 'Привет', uk: 'Привіт', pl: 'Cześć', en: 'Hello' };
    expect(keepLanguages({ title: text, steps: [{ body: text, n: 1 }] }, 'uk', 'ro')).toEqual({
      title: { uk: 'Привіт', ro: 'Bună' },
      steps: [{ body: { uk: 'Привіт', ro: 'Bună' }, n: 1 }],
    });
    // An object that is not localized text (ids, data) is left alone.
    expect(keepLanguages({ match: { to: 'ana@example.org' } }, 'uk', 'ro')).toEqual({
      match: { to: 'ana@example.org' },
    });
  });

  it('serves media through the site, in the learner’s language where the file has one', () => {
    expect(mediaUrl('course', 'media/memo.{locale}.md', 'pl')).toBe('/media/course/media/memo.pl.md');
  });
});
