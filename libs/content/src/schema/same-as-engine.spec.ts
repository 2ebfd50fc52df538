import { z } from 'zod';
import type { Question, Step, WorksheetField } from '@punte/course-engine';
import { lessonSchema, worksheetField, type question } from './index';
import type { LessonFile, SchemaIs } from './same-as-engine';

type Assert<T extends true> = T;

// Each disagreement below must fail the typecheck: `tsc` reports an unused directive if one compiles.
const _extraSchemaField = lessonSchema.extend({ author: z.string().optional() });
const _loosenedField = worksheetField.extend({ required: z.boolean() });
type WithEngineOnlyField = Omit<LessonFile, 'steps'> & { steps: (Step & { note?: string })[] };
type QuestionWithoutPoints = Question extends infer Q
  ? Q extends unknown
    ? Omit<Q, 'points'>
    : never
  : never;

// @ts-expect-error a field only the schema has
export type _SchemaOnly = Assert<SchemaIs<typeof _extraSchemaField, LessonFile>>;
// @ts-expect-error a field only the engine has, deep inside the steps
export type _EngineOnly = Assert<SchemaIs<typeof lessonSchema, WithEngineOnlyField>>;
// @ts-expect-error optional in the engine, required in the schema
export type _Required = Assert<SchemaIs<typeof _loosenedField, WorksheetField>>;
// @ts-expect-error a field dropped from every question kind in the engine
export type _Dropped = Assert<SchemaIs<typeof question, QuestionWithoutPoints>>;
// The real pair agrees (same-as-engine.ts asserts it for the build; repeated here beside its counter-examples).
export type _Agrees = Assert<SchemaIs<typeof lessonSchema, LessonFile>>;

describe('the lesson schema and the engine types', () => {
  it('parses a lesson with every step kind that the engine type describes', () => {
    const t = { ro: 'a', ru: 'a', uk: 'a', pl: 'a', en: 'a' };
    const lesson: LessonFile = {
      id: 'every-kind',
      title: t,
      estimatedMinutes: 5,
      steps: [
        { id: 'read', kind: 'reading', title: t, body: t, images: [{ src: 'media/a.png', alt: t }] },
        {
          id: 'watch',
          kind: 'video',
          title: t,
          src: 'media/a.mp4',
          durationSeconds: 30,
          captions: { ro: 'media/a.ro.vtt' },
        },
        {
          id: 'try',
          kind: 'practice',
          tool: 'email',
          title: t,
          intro: t,
          scenario: {},
          checkpoints: [{ id: 'open', event: 'compose.opened', guidance: t }],
        },
        {
          id: 'check',
          kind: 'quiz',
          title: t,
          questions: [
            {
              id: 'q',
              kind: 'matching',
              prompt: t,
              left: [
                { id: 'l1', text: t },
                { id: 'l2', text: t },
              ],
              right: [
                { id: 'r1', text: t },
                { id: 'r2', text: t },
              ],
              pairs: [
                ['l1', 'r1'],
                ['l2', 'r2'],
              ],
            },
          ],
        },
        { id: 'plan', kind: 'worksheet', title: t, fields: [{ id: 'when', type: 'date', label: t }] },
        {
          id: 'end',
          kind: 'summary',
          title: t,
          body: t,
          download: { src: 'media/memo.{locale}.md', label: t },
        },
      ],
    };
    expect(lessonSchema.parse(lesson)).toEqual(lesson);
  });
});
