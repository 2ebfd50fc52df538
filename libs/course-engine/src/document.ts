import type { WorksheetStep } from './model/step';
import type { PublicStep } from './public-view';

/** One worksheet step of a course document, with the lesson it is in. */
export interface DocumentSection {
  lessonId: string;
  step: WorksheetStep;
}

/**
 * The worksheet steps a course document assembles (those whose `document` is its id), in course
 * order: pass the course's lessons in the order of its modules. The learner's answers to each are
 * `worksheetAnswers(<that lesson's snapshot>, section.step.id)`.
 */
export function documentSections(
  lessons: readonly { id: string; steps: readonly PublicStep[] }[],
  documentId: string,
): DocumentSection[] {
  return lessons.flatMap((lesson) =>
    lesson.steps
      .filter((s): s is WorksheetStep => s.kind === 'worksheet' && s.document === documentId)
      .map((step) => ({ lessonId: lesson.id, step })),
  );
}
