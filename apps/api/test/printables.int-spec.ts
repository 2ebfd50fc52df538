import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getConnectionToken } from '@nestjs/mongoose';
import { type Connection } from 'mongoose';
import { parse, stringify } from 'yaml';
import { readPdf } from '../src/common/pdf/read-pdf.testing';
import { ApiHarness } from './support/api-harness';
import { aCourse, aLesson, inEveryLanguage } from './support/factories/course';

const PRINTABLE = `query ($courseSlug: String!, $name: String!, $locale: Locale!) {
  printable(courseSlug: $courseSlug, name: $name, locale: $locale) { courseTitle name title label locale html }
}`;
const DOWNLOADS = `query ($slug: String!, $locale: Locale!) { course(slug: $slug, locale: $locale) { downloads { title href } } }`;

const MEMO: Record<string, string> = {
  ro: '# Memento\n\n- ☐ Ștergeți datele de navigare.\n\n<script>alert(1)</script>\n',
  ru: '# Памятка\n\n- ☐ Удалите данные браузера.\n',
  uk: '# Пам’ятка\n\n- ☐ Видаліть дані браузера.\n',
  pl: '# Vademecum\n\n- ☐ Usuń dane przeglądania.\n',
  en: '# Memo\n\n- ☐ Clear the browsing data.\n',
};

const course = aCourse({
  lessons: [
    aLesson({
      steps: [
        {
          id: 'done',
          kind: 'summary',
          title: inEveryLanguage('Done'),
          body: inEveryLanguage('Well done.'),
          download: { src: 'media/memo.{locale}.md', label: inEveryLanguage('The memo') },
        },
      ],
    }),
  ],
});

/** A course offered in Romanian and English only: Russian learners get the Romanian text. */
const twoLanguages = aCourse({ lessons: course.lessons });

describe('printable downloads over GraphQL and HTTP, on the embedded database', () => {
  const harness = new ApiHarness({ courses: [course, twoLanguages] });
  const pdfUrl = (slug: string, name: string, locale: string) =>
    `${harness.api!.url}/printables/${slug}/${name}/${locale}`;
  const storedPdfs = () =>
    harness.api!.app.get<Connection>(getConnectionToken()).db!.collection('printable_pdfs').countDocuments();

  beforeAll(async () => {
    const folder = join(harness.contentDir, twoLanguages.id);
    const manifest = parse(readFileSync(join(folder, 'course.yaml'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(folder, 'course.yaml'), stringify({ ...manifest, languages: ['ro', 'en'] }));
    mkdirSync(join(folder, 'media'));
    for (const locale of ['ro', 'en'])
      writeFileSync(join(folder, 'media', `memo.${locale}.md`), MEMO[locale]);

    const media = join(harness.contentDir, course.id, 'media');
    mkdirSync(media, { recursive: true });
    for (const [locale, text] of Object.entries(MEMO)) writeFileSync(join(media, `memo.${locale}.md`), text);
    // In the media folder but no summary step offers it: not a printable.
    writeFileSync(join(media, 'secret.ro.md'), '# Not offered\n');
    await harness.start();
  });
  afterAll(() => harness.dispose());

  it("lists the course's downloads with links to their pages in the asked language", async () => {
    const result = await harness.graphql<{ course: { downloads: unknown[] } }>(DOWNLOADS, {
      slug: course.id,
      locale: 'ru',
    });
    expect(result.data?.course.downloads).toEqual([
      { title: 'The memo (ru)', href: `/courses/${course.id}/downloads/memo?lang=ru` },
    ]);
  });

  it('gives the page in the asked language, raw HTML shown as text', async () => {
    const result = await harness.graphql<{ printable: Record<string, string> }>(PRINTABLE, {
      courseSlug: course.id,
      name: 'memo',
      locale: 'ro',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.printable).toEqual({
      courseTitle: 'A course (ro)',
      name: 'memo',
      title: 'Memento',
      label: 'The memo (ro)',
      locale: 'ro',
      html: expect.stringContaining('<li class="box">☐ Ștergeți datele de navigare.</li>'),
    });
    expect(result.data?.printable.html).toContain('&lt;script&gt;');
  });

  it('answers null for a file no summary step offers, and for an unknown course', async () => {
    for (const variables of [
      { courseSlug: course.id, name: 'secret', locale: 'ro' },
      { courseSlug: 'no-such-course', name: 'memo', locale: 'ro' },
    ]) {
      const result = await harness.graphql(PRINTABLE, variables);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ printable: null });
    }
  });

  it('refuses a malformed name with BAD_USER_INPUT naming it', async () => {
    const result = await harness.graphql(PRINTABLE, { courseSlug: course.id, name: '../memo', locale: 'ro' });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('"../memo"');
  });

  it('serves the PDF to anyone, as a download of real Cyrillic text', async () => {
    const response = await fetch(`${harness.api!.url}/printables/${course.id}/memo/ru`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="memo.ru.pdf"');
    const { pages, title } = await readPdf(Buffer.from(await response.arrayBuffer()));
    expect(title).toBe('Памятка');
    expect(pages.join('\n')).toContain('☐ Удалите данные браузера.');
  });

  it('answers 404 for a PDF nobody offers and 400 for an unknown language', async () => {
    const missing = await fetch(`${harness.api!.url}/printables/${course.id}/secret/ro`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: { code: 'NOT_FOUND', message: `course "${course.id}" has no download "secret"` },
    });
    const badLocale = await fetch(`${harness.api!.url}/printables/${course.id}/memo/xx`);
    expect(badLocale.status).toBe(400);
  });

  it("shows the course's fallback language when the course lacks the learner's", async () => {
    const result = await harness.graphql<{ printable: { locale: string; title: string } }>(PRINTABLE, {
      courseSlug: twoLanguages.id,
      name: 'memo',
      locale: 'ru',
    });
    expect(result.data?.printable).toMatchObject({ locale: 'ro', title: 'Memento' });
    const pdf = await fetch(pdfUrl(twoLanguages.id, 'memo', 'ru'));
    expect(pdf.headers.get('content-disposition')).toBe('attachment; filename="memo.ro.pdf"');
  });

  it('makes each PDF once and serves it again from the database until the file changes', async () => {
    const first = Buffer.from(await (await fetch(pdfUrl(course.id, 'memo', 'uk'))).arrayBuffer());
    const stored = await storedPdfs();
    const again = Buffer.from(await (await fetch(pdfUrl(course.id, 'memo', 'uk'))).arrayBuffer());
    // pdfkit stamps each PDF it makes with the time and a random id: equal bytes mean the stored one.
    expect(again.equals(first)).toBe(true);
    expect(await storedPdfs()).toBe(stored);

    writeFileSync(
      join(harness.contentDir, course.id, 'media', 'memo.uk.md'),
      '# Пам’ятка\n\n- ☐ Нове правило.\n',
    );
    const edited = Buffer.from(await (await fetch(pdfUrl(course.id, 'memo', 'uk'))).arrayBuffer());
    expect((await readPdf(edited)).pages.join('\n')).toContain('☐ Нове правило.');
    expect(await storedPdfs()).toBe(stored + 1);
  });
});
