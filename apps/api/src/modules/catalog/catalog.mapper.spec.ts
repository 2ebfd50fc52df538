import { pickText, toCourseSummary } from './catalog.mapper';
import { type CourseRecord } from './catalog.schema';

const course: CourseRecord = {
  slug: 'online-communication',
  title: { ro: 'Comunicare online', en: 'Online communication' },
  summary: { ro: 'Rezumat' },
  audience: 'seniors',
  languages: ['ro', 'en'],
  fallbackLocale: 'ro',
  estimatedMinutes: 90,
  coverPath: 'media/cover.svg',
  coverAlt: { ro: 'Un pod' },
  modules: [
    { id: 'a', title: { ro: 'A' }, lessonIds: ['x', 'y'] },
    { id: 'b', title: { ro: 'B' }, lessonIds: ['z'] },
  ],
  contentVersion: 'v1',
  archived: false,
};

describe('choosing the text a learner reads', () => {
  it("uses the learner's language when the text exists in it", () => {
    expect(pickText({ ro: 'Bună', en: 'Hello' }, 'en', 'ro')).toBe('Hello');
  });

  it("falls back to the course's fallback language, then to any text", () => {
    expect(pickText({ ro: 'Bună', en: 'Hello' }, 'pl', 'ro')).toBe('Bună');
    expect(pickText({ en: 'Hello' }, 'pl', 'ro')).toBe('Hello');
    expect(pickText(undefined, 'pl', 'ro')).toBeNull();
  });
});

describe('summarising a course for the catalogue', () => {
  it('counts modules and lessons and points the cover at the media route', () => {
    expect(toCourseSummary(course, 'uk')).toEqual({
      slug: 'online-communication',
      title: 'Comunicare online',
      summary: 'Rezumat',
      audience: 'seniors',
      estimatedMinutes: 90,
      languages: ['ro', 'en'],
      coverUrl: '/media/online-communication/media/cover.svg',
      coverAlt: 'Un pod',
      moduleCount: 2,
      lessonCount: 3,
    });
  });
});
