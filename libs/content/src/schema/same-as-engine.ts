import type { z } from 'zod';
import type { LessonDefinition, Question, Step, WorksheetField } from '@punte/course-engine';
import type { lessonSchema, question, step, worksheetField } from './index';

/**
 * The lesson format has one source: the engine's TypeScript types (the engine may depend on xstate
 * alone, so it cannot derive them from zod). The zod schema here must describe exactly those types:
 * a field added, dropped, renamed, made optional or retyped on one side only fails the typecheck
 * on the lines below (see same-as-engine.spec.ts).
 */

/** Flattens interfaces and intersections into plain object types, deeply, so that only structure counts. */
export type Structure<T> = T extends object ? { [K in keyof T]: Structure<T[K]> } : T;

/** True when A and B are the same type (property modifiers included), else false. */
export type Same<A, B> =
  (<T>() => T extends Structure<A> ? 1 : 2) extends <T>() => T extends Structure<B> ? 1 : 2 ? true : false;

/** The schema's parsed output is the engine type. */
export type SchemaIs<Schema extends z.ZodType, Engine> = Same<z.output<Schema>, Engine>;

/** Set by the loader, never written in a lesson file: the course's fallback language and the content version. */
export type LoaderFields = 'fallbackLocale' | 'contentVersion';

/** A lesson file as written: the engine's LessonDefinition without what the loader adds. */
export type LessonFile = Omit<LessonDefinition, LoaderFields>;

type Assert<T extends true> = T;

// Narrowest first, so a mismatch is reported where it is.
export type _Question = Assert<SchemaIs<typeof question, Question>>;
export type _WorksheetField = Assert<SchemaIs<typeof worksheetField, WorksheetField>>;
export type _Step = Assert<SchemaIs<typeof step, Step>>;
export type _Lesson = Assert<SchemaIs<typeof lessonSchema, LessonFile>>;
