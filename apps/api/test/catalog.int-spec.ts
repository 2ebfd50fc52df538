import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getConnectionToken } from '@nestjs/mongoose';
import { type Connection } from 'mongoose';
import { ContentImportService } from '../src/modules/catalog/content-import.service';
import { ApiHarness } from './support/api-harness';
import { aCourse, aLesson, inEveryLanguage } from './support/factories/course';

const COURSES = `query ($locale: Locale!) { courses(locale: $locale) { slug title summary audience lessonCount moduleCount coverUrl coverAlt } }`;
const COURSE = `query ($slug: String!, $locale: Locale!) {
  course(slug: $slug, locale: $locale) { slug title modules { id title lessons { id title stepCount estimatedMinutes } } }
}`;

describe('the course catalogue over GraphQL, on the embedded database', () => {
  const harness = new ApiHarness();

  beforeAll(async () => {
    await harness.start();
  });
  afterAll(async () => {
    await harness.dispose();
  });

  it('imports the course files into an empty database at start-up and lists them in the asked language', async () => {
    const ro = await harness.graphql<{ courses: { slug: string; title: string; lessonCount: number }[] }>(
      COURSES,
      {
        locale: 'ro',
      },
    );
    expect(ro.errors).toBeUndefined();
    expect(ro.data?.courses).toEqual([
      expect.objectContaining({
        slug: 'first-steps',
        title: 'Primii pași la calculator',
        lessonCount: 1,
        moduleCount: 1,
      }),
    ]);
    const uk = await harness.graphql<{ courses: { title: string }[] }>(COURSES, { locale: 'uk' });
    expect(uk.data?.courses[0].title).toBe("Перші кроки за комп'ютером");
  });

  it('shows a course with its modules and lessons', async () => {
    const result = await harness.graphql<{
      course: { modules: { id: string; lessons: { id: string; stepCount: number }[] }[] };
    }>(COURSE, { slug: 'first-steps', locale: 'pl' });
    expect(result.data?.course.modules).toEqual([
      {
        id: 'basics',
        title: 'Podstawy',
        lessons: [{ id: 'the-mouse', title: 'Mysz', stepCount: 2, estimatedMinutes: 10 }],
      },
    ]);
  });

  it('answers null for a course that does not exist', async () => {
    const result = await harness.graphql(COURSE, { slug: 'no-such-course', locale: 'en' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ course: null });
  });

  it('refuses an unknown language with BAD_USER_INPUT naming it', async () => {
    const result = await harness.graphql(COURSES, { locale: 'xx' });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('"xx"');
  });

  it('serves the cover image from the course media folder and nothing outside it', async () => {
    const list = await harness.graphql<{ courses: { coverUrl: string }[] }>(COURSES, { locale: 'en' });
    const cover = await fetch(`${harness.api!.url}${list.data!.courses[0].coverUrl}`);
    expect(cover.status).toBe(200);
    expect(cover.headers.get('content-type')).toBe('image/svg+xml');
    const escape = await fetch(`${harness.api!.url}/media/first-steps/media/..%2Fcourse.yaml`);
    expect(escape.status).toBe(404);
  });

  it('reports healthy when the database answers', async () => {
    const response = await fetch(`${harness.api!.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('imports idempotently: a second import changes nothing', async () => {
    const importer = harness.api!.app.get(ContentImportService);
    const report = await importer.importAll(harness.contentDir);
    expect(report).toMatchObject({
      courses: 1,
      lessons: 1,
      coursesChanged: 0,
      lessonsChanged: 0,
      lessonsArchived: 0,
    });
  });

  it('re-imports an edited lesson in place, keeping its id', async () => {
    const file = join(harness.contentDir, 'first-steps', 'lessons', 'the-mouse.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('en: The mouse\n', 'en: Using the mouse\n'));
    const report = await harness.api!.app.get(ContentImportService).importAll(harness.contentDir);
    expect(report.lessonsChanged).toBe(1);
    const result = await harness.graphql<{
      course: { modules: { lessons: { id: string; title: string }[] }[] };
    }>(COURSE, {
      slug: 'first-steps',
      locale: 'en',
    });
    expect(result.data?.course.modules[0].lessons).toEqual([
      expect.objectContaining({ id: 'the-mouse', title: 'Using the mouse' }),
    ]);
  });
});

describe('the catalogue across a restart', () => {
  const harness = new ApiHarness();

  beforeAll(() => harness.start());
  afterAll(() => harness.dispose());

  it('keeps an edited lesson across a restart and does not import again', async () => {
    const file = join(harness.contentDir, 'first-steps', 'lessons', 'the-mouse.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('en: The mouse\n', 'en: Using the mouse\n'));
    await harness.api!.app.get(ContentImportService).importAll(harness.contentDir);
    await harness.stop();
    // A start-up import would bring the file's text back; the database must be kept as it is.
    writeFileSync(file, readFileSync(file, 'utf8').replace('en: Using the mouse\n', 'en: Changed on disk\n'));
    await harness.start();
    const result = await harness.graphql<{ courses: { slug: string }[] }>(COURSES, { locale: 'en' });
    expect(result.data?.courses.map((course) => course.slug)).toEqual(['first-steps']);
    const lessons = await harness.graphql<{ course: { modules: { lessons: { title: string }[] }[] } }>(
      COURSE,
      { slug: 'first-steps', locale: 'en' },
    );
    expect(lessons.data?.course.modules[0].lessons[0].title).toBe('Using the mouse');
  });
});

describe('a catalogue built from test factories', () => {
  const course = aCourse({
    audience: 'librarians',
    lessons: [aLesson({ title: inEveryLanguage('First') }), aLesson({ title: inEveryLanguage('Second') })],
  });
  const harness = new ApiHarness({ courses: [course] });

  beforeAll(() => harness.start());
  afterAll(() => harness.dispose());

  it('serves the audience as the contract enum, in the asked language', async () => {
    const result = await harness.graphql<{
      courses: { slug: string; title: string; audience: string; lessonCount: number }[];
    }>(`query ($locale: Locale!) { courses(locale: $locale) { slug title audience lessonCount } }`, {
      locale: 'uk',
    });
    expect(result.data?.courses).toEqual([
      { slug: course.id, title: 'A course (uk)', audience: 'librarians', lessonCount: 2 },
    ]);
  });
});

describe('the integration database', () => {
  const harness = new ApiHarness();

  beforeAll(() => harness.start());
  afterAll(() => harness.dispose());

  it('refuses a query that no index answers, so every query a page runs must have its index', async () => {
    const db = harness.api!.app.get<Connection>(getConnectionToken()).db!;
    await expect(db.collection('courses').findOne({ summary: 'anything' })).rejects.toMatchObject({
      code: 291,
    });
    await expect(db.collection('courses').findOne({ slug: 'first-steps' })).resolves.toMatchObject({
      slug: 'first-steps',
    });
  });
});
