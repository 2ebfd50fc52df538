import { isPrivateMedia } from './private-media';

describe('isPrivateMedia', () => {
  const guide = 'media/trainer-guide.{locale}.md';

  it("covers the guide's file in every language", () => {
    for (const locale of ['ro', 'ru', 'uk', 'pl', 'en'])
      expect(isPrivateMedia(guide, `media/trainer-guide.${locale}.md`)).toBe(true);
  });

  it('leaves the other media public, and every file of a course without a guide', () => {
    expect(isPrivateMedia(guide, 'media/cover.svg')).toBe(false);
    expect(isPrivateMedia(guide, 'media/trainer-guide..md')).toBe(false);
    expect(isPrivateMedia(null, 'media/trainer-guide.ro.md')).toBe(false);
  });

  it('covers a guide named without {locale} by its exact path', () => {
    expect(isPrivateMedia('media/guide.md', 'media/guide.md')).toBe(true);
    expect(isPrivateMedia('media/guide.md', 'media/guide.ro.md')).toBe(false);
  });
});
