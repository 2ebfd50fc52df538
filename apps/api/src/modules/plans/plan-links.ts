import { documentSections, type Locale, type PublicStep } from '@punte/course-engine';
import { pickText } from '../catalog/catalog.mapper';
import { type LocalizedTextRecord } from '../catalog/catalog.schema';
import { type LearnerWithPlans } from './models/learner-plans.model';
import { type PlanCourse } from './plan-assembly';

export interface PlanLessonOf {
  courseSlug: string;
  lessonId: string;
  definition: { steps?: unknown[] };
}

/** What the learner wrote on the plan sheets of one lesson: step id → field id → value. */
export interface SheetAnswers {
  learnerId: string;
  courseSlug: string;
  lessonId: string;
  snapshot?: { state?: { context?: { steps?: Record<string, { answers?: Record<string, string> }> } } };
}

export interface PlanSheet {
  courseSlug: string;
  documentId: string;
  lessonId: string;
  stepId: string;
  fieldIds: string[];
}

/** Every worksheet of every document of the courses, in course order. */
export function planSheets(courses: readonly PlanCourse[], lessons: readonly PlanLessonOf[]): PlanSheet[] {
  return courses.flatMap((course) => {
    const ordered = course.modules
      .flatMap((module) => module.lessonIds)
      .flatMap((id) => {
        const lesson = lessons.find((l) => l.courseSlug === course.slug && l.lessonId === id);
        return lesson ? [{ id, steps: (lesson.definition.steps ?? []) as PublicStep[] }] : [];
      });
    return (course.documents ?? []).flatMap((document) =>
      documentSections(ordered, document.id).map(({ lessonId, step }) => ({
        courseSlug: course.slug,
        documentId: document.id,
        lessonId,
        stepId: step.id,
        fieldIds: step.fields.map((field) => field.id),
      })),
    );
  });
}

/**
 * For each learner who has written at least one field of a plan: that plan, with the trainer's
 * link to it. Learners who have written nothing are left out. Pure: the service reads.
 */
export function learnersWithPlans(
  courses: readonly PlanCourse[],
  sheets: readonly PlanSheet[],
  answers: readonly SheetAnswers[],
  learnerIds: readonly string[],
  askedLocale: Locale,
): LearnerWithPlans[] {
  const byKey = new Map(answers.map((a) => [`${a.learnerId}|${a.courseSlug}|${a.lessonId}`, a]));
  return learnerIds.flatMap((learnerId) => {
    const plans = courses.flatMap((course) =>
      (course.documents ?? []).flatMap((document) => {
        const mine = sheets.filter((s) => s.courseSlug === course.slug && s.documentId === document.id);
        const values = mine.flatMap((sheet) => {
          const steps = byKey.get(`${learnerId}|${course.slug}|${sheet.lessonId}`)?.snapshot?.state?.context
            ?.steps;
          const written = steps?.[sheet.stepId]?.answers ?? {};
          return sheet.fieldIds.map((id) => written[id] ?? '');
        });
        const filledFields = values.filter((value) => value.trim() !== '').length;
        if (filledFields === 0) return [];
        const locale = course.languages.includes(askedLocale) ? askedLocale : course.fallbackLocale;
        const title = pickText(document.title as LocalizedTextRecord, locale, course.fallbackLocale);
        return [
          {
            courseSlug: course.slug,
            documentId: document.id,
            title: title ?? document.id,
            filledFields,
            totalFields: values.length,
            href: `/trainer/learners/${learnerId}/plans/${document.id}?course=${course.slug}`,
          },
        ];
      }),
    );
    return plans.length > 0 ? [{ learnerId, plans }] : [];
  });
}

/** The projection that reads only the answers of the plan sheets out of the stored snapshots. */
export function answersProjection(sheets: readonly PlanSheet[]): Record<string, 0 | 1> {
  const projection: Record<string, 0 | 1> = { _id: 0, learnerId: 1, courseSlug: 1, lessonId: 1 };
  // Step ids are content ids (letters, digits, -): anything else would not be a path.
  for (const { stepId } of sheets)
    if (/^[A-Za-z0-9_-]+$/.test(stepId)) projection[`snapshot.state.context.steps.${stepId}.answers`] = 1;
  return projection;
}
