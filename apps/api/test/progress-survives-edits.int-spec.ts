import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getModelToken } from '@nestjs/mongoose';
import {
  answerKeyOf,
  persistLesson,
  replay,
  restoreLesson,
  toPublicLesson,
  type LessonDefinition,
} from '@punte/course-engine';
import type { Model } from 'mongoose';
import { LessonRecord } from '../src/modules/catalog/catalog.schema';
import { ContentImportService } from '../src/modules/catalog/content-import.service';
import { ApiHarness } from './support/api-harness';

type QuizContext = {
  step: { questions: { id: string; prompt: { en: string } }[] };
  questions: Record<string, { attempts: number; solved: boolean; score: number }>;
};
type Actor = {
  getSnapshot(): { children: Record<string, { getSnapshot(): { context: unknown } } | undefined> };
};

function quizContext(actor: Actor): QuizContext {
  return actor.getSnapshot().children.quiz!.getSnapshot().context as QuizContext;
}

function quizProgress(actor: Actor): { attempts: number; solved: boolean; score: number } {
  const { attempts, solved, score } = quizContext(actor).questions['left-button'];
  return { attempts, solved, score };
}

function quizPrompt(actor: Actor): string {
  return quizContext(actor).step.questions[0].prompt.en;
}

describe('a learner’s progress when a librarian corrects a lesson', () => {
  const harness = new ApiHarness();
  let lessons: Model<LessonRecord>;

  beforeAll(async () => {
    await harness.start();
    lessons = harness.api!.app.get<Model<LessonRecord>>(getModelToken(LessonRecord.name));
  });
  afterAll(() => harness.dispose());

  async function storedLesson(): Promise<{
    definition: LessonDefinition;
    contentVersion: string;
    id: string;
  }> {
    const doc = await lessons.findOne({ courseSlug: 'first-steps', lessonId: 'the-mouse' }).lean();
    return {
      definition: doc!.definition as unknown as LessonDefinition,
      contentVersion: doc!.contentVersion,
      id: String(doc!._id),
    };
  }

  it('keeps the answered question after the question’s text is edited and re-imported', async () => {
    const before = await storedLesson();
    const actor = replay(
      toPublicLesson(before.definition),
      [
        { id: 'e1', at: 1000, event: { type: 'step.next' } },
        {
          id: 'e2',
          at: 2000,
          event: {
            type: 'answer.submit',
            questionId: 'left-button',
            answer: { kind: 'true-false', value: true },
          },
        },
      ],
      { answerKey: answerKeyOf(before.definition), startedAt: 0, seed: 'learner-1', locale: 'en' },
    );
    const saved = JSON.parse(JSON.stringify(persistLesson(actor))) as unknown;
    const answeredBefore = actor.getSnapshot().context.steps.check;
    expect(quizProgress(actor)).toEqual({ attempts: 1, solved: true, score: 1 });

    const file = join(harness.contentDir, 'first-steps', 'lessons', 'the-mouse.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'en: To open something, we press the left button.',
        'en: To open a file, we press the left mouse button.',
      ),
    );
    const report = await harness.api!.app.get(ContentImportService).importAll(harness.contentDir);
    expect(report.lessonsChanged).toBe(1);

    const after = await storedLesson();
    expect(after.id).toBe(before.id);
    expect(after.contentVersion).not.toBe(before.contentVersion);
    const restored = restoreLesson(toPublicLesson(after.definition), saved, {
      answerKey: answerKeyOf(after.definition),
    });
    const context = restored.getSnapshot().context;
    expect(context.currentStepId).toBe(actor.getSnapshot().context.currentStepId);
    expect(context.steps.check).toEqual(answeredBefore);
    // The quiz in progress lives in its child machine: the answer is still there, under the new text.
    expect(quizProgress(restored)).toEqual({ attempts: 1, solved: true, score: 1 });
    expect(quizPrompt(restored)).toBe('To open a file, we press the left mouse button.');
  });
});
