import { loadAllCourses } from '@punte/content';
import { type LessonDefinition, type LocalizedText } from '@punte/course-engine';
import { LESSON } from './player/operations';
import { PlayerApi, REAL_COURSES } from './player/player-harness';

const SECRET_KEYS = ['correct', 'accepted', 'correctOrder', 'pairs', 'explanation', 'feedback'];

function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, out));
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      out.add(key);
      keysOf(inner, out);
    }
  return out;
}

/** Texts that would give an answer away: explanations and every kind of feedback. */
function secretTexts(lesson: LessonDefinition): string[] {
  const texts: (LocalizedText | undefined)[] = [];
  for (const step of lesson.steps) {
    if (step.kind !== 'quiz') continue;
    for (const q of step.questions) {
      texts.push(q.explanation, q.feedback?.correct, q.feedback?.incorrect);
      const options =
        'options' in q ? q.options : 'items' in q ? q.items : 'left' in q ? [...q.left, ...q.right] : [];
      for (const option of options) texts.push(option.feedback);
    }
  }
  return texts
    .flatMap((text) => Object.values(text ?? {}))
    .filter((text): text is string => !!text && text.length >= 12);
}

describe('the public view of every course’s lessons', () => {
  const api = new PlayerApi({ withRealCourses: true });
  beforeAll(() => api.start());
  afterAll(() => api.dispose());

  it('carries no answer key, option feedback or explanation in any language', async () => {
    const { courses, issues } = loadAllCourses(REAL_COURSES);
    expect(issues).toEqual([]);
    let checked = 0;
    for (const course of courses)
      for (const lesson of course.lessons)
        for (const locale of ['ro', 'uk']) {
          const reply = await api.graphql<{ lesson: { content: unknown } }>(LESSON, {
            courseSlug: course.manifest.id,
            lessonId: lesson.id,
            locale,
          });
          expect(reply.errors).toBeUndefined();
          const content = reply.data!.lesson.content;
          const found = SECRET_KEYS.filter((key) => keysOf(content).has(key));
          expect({ lesson: lesson.id, found }).toEqual({ lesson: lesson.id, found: [] });
          const json = JSON.stringify(content);
          const leaked = secretTexts(lesson as LessonDefinition).filter((text) =>
            json.includes(JSON.stringify(text).slice(1, -1)),
          );
          expect({ lesson: lesson.id, leaked }).toEqual({ lesson: lesson.id, leaked: [] });
          checked += 1;
        }
    expect(checked).toBeGreaterThanOrEqual(76);
  });

  it('keeps only the asked language and the fallback, and serves media through /media', async () => {
    const reply = await api.graphql<{
      lesson: {
        fallbackLocale: string;
        content: {
          title: Record<string, string>;
          steps: {
            kind: string;
            src?: string;
            captions?: Record<string, string>;
            images?: { src: string }[];
          }[];
        };
      };
    }>(LESSON, { courseSlug: 'player-sampler', lessonId: 'tour', locale: 'uk' });
    const { content, fallbackLocale } = reply.data!.lesson;
    expect(fallbackLocale).toBe('ro');
    expect(Object.keys(content.title).sort()).toEqual(['ro', 'uk']);
    const video = content.steps.find((step) => step.kind === 'video')!;
    expect(video.src).toBe('/media/player-sampler/media/greeting.webm');
    expect(Object.keys(video.captions!)).toHaveLength(5);
    expect(video.captions!.uk).toBe('/media/player-sampler/media/greeting.uk.vtt');
    expect(content.steps.find((step) => step.kind === 'reading')!.images![0].src).toBe(
      '/media/player-sampler/media/envelope.svg',
    );
  });
});
