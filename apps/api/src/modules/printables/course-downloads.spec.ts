import { courseDownloads, downloadHref, printableFile, printableName } from './course-downloads';

const summary = (src: string) => ({
  kind: 'summary',
  download: { src, label: { ro: `Descarcă ${src}`, en: `Download ${src}` } },
});

describe('the downloads a course offers', () => {
  it('names a one-language Markdown download and refuses any other shape', () => {
    expect(printableName('media/librarian-memo.{locale}.md')).toBe('librarian-memo');
    expect(printableName('media/memo.md')).toBeNull();
    expect(printableName('media/guide.{locale}.pdf')).toBeNull();
    expect(printableName('media/../x.{locale}.md')).toBeNull();
    expect(printableFile('librarian-memo', 'ru')).toBe('librarian-memo.ru.md');
  });

  it("links a printable to its page in the learner's language and any other file to the media proxy", () => {
    expect(downloadHref('e-gov', 'media/librarian-memo.{locale}.md', 'ru')).toBe(
      '/courses/e-gov/downloads/librarian-memo?lang=ru',
    );
    expect(downloadHref('e-gov', 'media/guide.{locale}.pdf', 'pl')).toBe('/media/e-gov/media/guide.pl.pdf');
  });

  it('lists each download once, in course order, from summary steps only', () => {
    const lessons = [
      { lessonId: 'b', definition: { steps: [summary('media/plan.{locale}.md')] } },
      {
        lessonId: 'a',
        definition: {
          steps: [
            { kind: 'reading', download: { src: 'media/not-a-summary.{locale}.md' } },
            summary('media/memo.{locale}.md'),
          ],
        },
      },
      { lessonId: 'c', definition: { steps: [summary('media/memo.{locale}.md')] } },
      { lessonId: 'archived', definition: { steps: [summary('media/old.{locale}.md')] } },
    ];
    const downloads = courseDownloads(['a', 'b', 'c'], lessons);
    expect(downloads.map((download) => download.printable)).toEqual(['memo', 'plan']);
    expect(downloads[0].label.en).toBe('Download media/memo.{locale}.md');
  });
});
