import { courseSchema, lessonSchema } from './index';

const t = { ro: 'a', ru: 'a', uk: 'a', pl: 'a', en: 'a' };
const practice = (scenario: object, event = 'compose.opened') => ({
  id: 'l',
  title: t,
  estimatedMinutes: 1,
  steps: [
    {
      id: 'p',
      kind: 'practice',
      tool: 'email',
      title: t,
      intro: t,
      scenario,
      checkpoints: [{ id: 'c', event, guidance: t }],
    },
  ],
});

describe('lessonSchema', () => {
  it('accepts an email practice step', () => {
    expect(
      lessonSchema.safeParse(practice({ contacts: [{ id: 'ana', name: 'Ana', address: 'ana@exemplu.md' }] }))
        .success,
    ).toBe(true);
  });
  it('rejects an event the tool does not emit, at the checkpoint path', () => {
    const r = lessonSchema.safeParse(practice({}, 'call.started'));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(['steps', 0, 'checkpoints', 0, 'event']);
  });
  it('rejects a malformed scenario with a path inside it', () => {
    const r = lessonSchema.safeParse(practice({ contacts: [{ id: 'ana', name: 'Ana', address: 'nope' }] }));
    expect(r.error?.issues[0].path).toEqual(['steps', 0, 'scenario', 'contacts', 0, 'address']);
  });
  it('rejects ids with capitals', () => {
    expect(lessonSchema.safeParse({ ...practice({}), id: 'Lesson' }).success).toBe(false);
  });
});

describe('courseSchema trainerGuide', () => {
  const course = (trainerGuide?: unknown) => ({
    id: 'c',
    title: t,
    summary: t,
    audience: 'seniors',
    languages: ['ro', 'en'],
    fallbackLocale: 'ro',
    estimatedMinutes: 1,
    modules: [{ id: 'm', title: t, lessons: ['l'] }],
    ...(trainerGuide === undefined ? {} : { trainerGuide }),
  });

  it('is optional, and takes one Markdown file per language under media/', () => {
    expect(courseSchema.safeParse(course()).success).toBe(true);
    const r = courseSchema.safeParse(course({ src: 'media/trainer-guide.{locale}.md' }));
    expect(r.data?.trainerGuide).toEqual({ src: 'media/trainer-guide.{locale}.md' });
  });

  it.each([
    ['one file for every language', 'media/trainer-guide.md'],
    ['a PDF', 'media/trainer-guide.{locale}.pdf'],
    ['a file outside media/', 'guides/trainer-guide.{locale}.md'],
    ['a way out of media/', 'media/../secret.{locale}.md'],
  ])('rejects %s, naming the field', (_name, src) => {
    const r = courseSchema.safeParse(course({ src }));
    expect(r.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['trainerGuide', 'src'], expect.stringContaining('{locale}')],
    ]);
  });

  it('rejects other keys in it', () => {
    const r = courseSchema.safeParse(course({ src: 'media/g.{locale}.md', audience: 'trainers' }));
    expect(r.error?.issues[0]?.path).toEqual(['trainerGuide']);
  });
});
