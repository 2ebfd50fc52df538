import {
  documentSections,
  type Locale,
  type PublicStep,
  worksheetAnswers,
  worksheetMaxLength,
  type WorksheetField,
} from '@punte/course-engine';
import { pickText } from '../catalog/catalog.mapper';
import { type CourseDocumentRecord, type LocalizedTextRecord } from '../catalog/catalog.schema';
import { type AssembledPlan, type PlanField, type PlanSection } from './models/assembled-plan.model';

export interface PlanCourse {
  slug: string;
  title: LocalizedTextRecord;
  languages: Locale[];
  fallbackLocale: Locale;
  modules: { lessonIds: string[] }[];
  documents?: CourseDocumentRecord[];
}

export interface PlanLesson {
  lessonId: string;
  title: LocalizedTextRecord;
  definition: { steps?: unknown[] };
}

/** A learner's stored lesson snapshot (`persistLesson`'s form). */
export interface PlanProgress {
  lessonId: string;
  status: 'in-progress' | 'completed';
  snapshot: unknown;
}

interface StoredSteps {
  state?: { context?: { steps?: Record<string, unknown> } };
}

function enteredSteps(snapshot: unknown): Record<string, unknown> {
  return (snapshot as StoredSteps | null)?.state?.context?.steps ?? {};
}

/**
 * The document `documentId` of the course, with the learner's answers, in the asked language or
 * the course's fallback; null when the course declares no such document. Pure: the service reads.
 */
export function assemblePlan(
  course: PlanCourse,
  lessons: readonly PlanLesson[],
  progress: readonly PlanProgress[],
  documentId: string,
  askedLocale: Locale,
): AssembledPlan | null {
  const document = course.documents?.find((d) => d.id === documentId);
  if (!document) return null;
  const locale = course.languages.includes(askedLocale) ? askedLocale : course.fallbackLocale;
  const text = (value: LocalizedTextRecord | undefined) => pickText(value, locale, course.fallbackLocale);
  const byId = new Map(lessons.map((lesson) => [lesson.lessonId, lesson]));
  const ordered = course.modules
    .flatMap((module) => module.lessonIds)
    .flatMap((id) => {
      const lesson = byId.get(id);
      return lesson ? [{ id, steps: (lesson.definition.steps ?? []) as PublicStep[] }] : [];
    });
  const byLesson = new Map(progress.map((p) => [p.lessonId, p]));
  const sections = documentSections(ordered, documentId).map(({ lessonId, step }): PlanSection => {
    const stored = byLesson.get(lessonId);
    const entered = enteredSteps(stored?.snapshot);
    const answers = worksheetAnswers({ steps: entered } as Parameters<typeof worksheetAnswers>[0], step.id);
    return {
      lessonId,
      lessonTitle: text(byId.get(lessonId)?.title) ?? lessonId,
      stepId: step.id,
      title: text(step.title as LocalizedTextRecord) ?? step.id,
      entered: step.id in entered,
      // Once entered, a sheet stays editable, also when its lesson is finished (the engine takes the save).
      editable: step.id in entered,
      fields: step.fields.map((field) => planField(field, answers[field.id] ?? '', text)),
    };
  });
  const fields = sections.flatMap((section) => section.fields);
  return {
    courseSlug: course.slug,
    courseTitle: text(course.title) ?? course.slug,
    documentId,
    title: text(document.title) ?? documentId,
    intro: text(document.intro),
    locale,
    learnerName: null,
    filledFields: fields.filter((field) => field.value.trim() !== '').length,
    totalFields: fields.length,
    sections,
  };
}

function planField(
  field: WorksheetField,
  value: string,
  text: (value: LocalizedTextRecord | undefined) => string | null,
): PlanField {
  const options = (field.options ?? []).map((option) => ({
    id: option.id,
    label: text(option.label as LocalizedTextRecord) ?? option.id,
  }));
  const chosen = field.type === 'choice' ? options.find((option) => option.id === value) : undefined;
  return {
    id: field.id,
    type: field.type,
    label: text(field.label as LocalizedTextRecord) ?? field.id,
    value,
    shownValue: chosen ? chosen.label : value,
    required: field.required !== false,
    maxLength: worksheetMaxLength(field) ?? null,
    options,
  };
}
