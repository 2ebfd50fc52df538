import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { LessonRecord } from '../src/modules/catalog/catalog.schema';
import { VERSION_RECHECK_MS } from '../src/modules/lessons/lesson-content.service';
import { answer, LESSON, RECORD } from './player/operations';
import { PlayerApi } from './player/player-harness';
import { toTheQuiz } from './player/journey';

type View = {
  lesson: {
    contentVersion: string;
    content: { steps: { id: string; questions?: { prompt: { en: string } }[] }[] };
  };
};

/**
 * Every graded batch needs the lesson's current version. This process reads it again at most every
 * VERSION_RECHECK_MS; an import run elsewhere (the CLI, another API instance) writes only to the
 * database, and must be seen by this process within that time.
 */
describe('a lesson changed in the database by another process', () => {
  const api = new PlayerApi();
  let lessons: Model<LessonRecord>;
  beforeAll(async () => {
    await api.start();
    lessons = api.app!.get<Model<LessonRecord>>(getModelToken(LessonRecord.name));
  });
  afterAll(() => {
    jest.restoreAllMocks();
    return api.dispose();
  });

  const view = async () => {
    const reply = await api.graphql<View>(
      LESSON,
      { courseSlug: 'player-sampler', lessonId: 'tour', locale: 'en' },
      'far',
    );
    expect(reply.errors).toBeUndefined();
    const quiz = reply.data!.lesson.content.steps.find((step) => step.id === 'check')!;
    return { version: reply.data!.lesson.contentVersion, prompt: quiz.questions![0].prompt.en };
  };

  it('is taken up within the recheck time, and graded batches go on being recorded', async () => {
    const first = await api.graphql<{ recordProgress: { results: { status: string }[] } }>(
      RECORD,
      { input: { courseSlug: 'player-sampler', lessonId: 'tour', locale: 'en', events: toTheQuiz() } },
      'far',
    );
    expect(first.data!.recordProgress.results.every((r) => r.status === 'accepted')).toBe(true);
    const before = await view();

    // What an import on another machine leaves in the database: a new text, a new version.
    const stored = await lessons.findOne({ courseSlug: 'player-sampler', lessonId: 'tour' }).lean();
    const definition = structuredClone(stored!.definition) as {
      contentVersion: string;
      steps: { id: string; questions?: { prompt: { en: string } }[] }[];
    };
    definition.steps.find((step) => step.id === 'check')!.questions![0].prompt.en = 'Edited elsewhere?';
    definition.contentVersion = 'edited-elsewhere';
    await lessons.updateOne(
      { _id: stored!._id },
      { $set: { definition, contentVersion: 'edited-elsewhere' } },
    );

    // Within the recheck time, this process answers from the version it read: no read per request.
    expect(await view()).toEqual(before);
    const now = Date.now();
    jest.spyOn(Date, 'now').mockImplementation(() => now + VERSION_RECHECK_MS + 1);
    expect(await view()).toEqual({ version: 'edited-elsewhere', prompt: 'Edited elsewhere?' });
    // The next batch is graded with the new version, and the learner's snapshot records it.
    const next = await api.graphql<{ recordProgress: { results: { status: string }[] } }>(
      RECORD,
      {
        input: {
          courseSlug: 'player-sampler',
          lessonId: 'tour',
          locale: 'en',
          events: [answer('q-single', { kind: 'single_choice', optionId: 'mail' })],
        },
      },
      'far',
    );
    expect(next.data!.recordProgress.results.map((r) => r.status)).toEqual(['accepted']);
    const saved = await api.graphql<{ lesson: { saved: { snapshot: { contentVersion: string } } } }>(
      LESSON,
      { courseSlug: 'player-sampler', lessonId: 'tour', locale: 'en' },
      'far',
    );
    expect(saved.data!.lesson.saved.snapshot.contentVersion).toBe('edited-elsewhere');
  });
});
