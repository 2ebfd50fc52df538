import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { readPdf } from '../src/common/pdf/read-pdf.testing';
import { codeOf } from './support/caller';
import { aLearner, aTrainer } from './support/factories';
import { ApiHarness } from './support/api-harness';

const COURSE = 'online-communication';
const REAL_COURSE = join(__dirname, '..', '..', '..', 'content', 'courses', COURSE);
const GUIDE = `query ($locale: Locale!) { trainerGuide(courseSlug: "${COURSE}", locale: $locale) { title locale html } }`;

describe("the trainer's guide: for trainers and admins, never public media", () => {
  const harness = new ApiHarness();
  let url: string;

  beforeAll(async () => {
    cpSync(REAL_COURSE, join(harness.contentDir, COURSE), { recursive: true });
    url = (await harness.start()).url;
  });
  afterAll(() => harness.dispose());

  it('gives a trainer the guide as a page in their language, and as a PDF', async () => {
    const trainer = await aTrainer(url);
    const { trainerGuide } = await trainer.caller.ok<{
      trainerGuide: { title: string; locale: string; html: string };
    }>(GUIDE, { locale: 'uk' });
    expect(trainerGuide.locale).toBe('uk');
    expect(trainerGuide.title).toMatch(/[А-Яа-яІіЇїЄє]/);
    expect(trainerGuide.html).toContain('<h2');
    const pdf = await fetch(`${url}/printables/${COURSE}/trainer-guide/uk`, {
      headers: { cookie: trainer.caller.cookie! },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('cache-control')).toBe('private, max-age=3600');
    expect((await readPdf(Buffer.from(await pdf.arrayBuffer()))).title).toBe(trainerGuide.title);
  });

  it("refuses the guide's files on the public media route, in every language, and keeps the rest", async () => {
    for (const locale of ['ro', 'ru', 'uk', 'pl', 'en'])
      expect((await fetch(`${url}/media/${COURSE}/media/trainer-guide.${locale}.md`)).status).toBe(404);
    expect((await fetch(`${url}/media/${COURSE}/media/cover.svg`)).status).toBe(200);
  });

  it('refuses the guide to a learner, as data and as a PDF, and the PDF to nobody signed in', async () => {
    const learner = await aLearner(url);
    expect(codeOf(await learner.caller.graphql(GUIDE, { locale: 'ro' }))).toBe('FORBIDDEN');
    const pdf = await fetch(`${url}/printables/${COURSE}/trainer-guide/ro`, {
      headers: { cookie: learner.caller.cookie! },
    });
    expect(pdf.status).toBe(403);
    expect((await fetch(`${url}/printables/${COURSE}/trainer-guide/ro`)).status).toBe(401);
  });
});
