import { downloadHref, pdfHref } from './links';

describe('links to course downloads', () => {
  it("opens a one-language Markdown download as its printable page in the learner's language", () => {
    expect(downloadHref('e-government-at-the-library', 'media/librarian-memo.{locale}.md', 'ru')).toBe(
      '/courses/e-government-at-the-library/downloads/librarian-memo?lang=ru',
    );
  });

  it('serves any other file as it is, in the learner language when it has one per language', () => {
    expect(downloadHref('c', 'media/guide.{locale}.pdf', 'pl')).toBe('/media/c/media/guide.pl.pdf');
    expect(downloadHref('c', 'media/all-languages.md', 'uk')).toBe('/media/c/media/all-languages.md');
  });

  it('links the PDF of a printable in the language of its text', () => {
    expect(pdfHref('c', 'plan', 'uk')).toBe('/courses/c/downloads/plan/pdf?lang=uk');
  });
});
