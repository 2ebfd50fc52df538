import type { LessonDefinition } from '@punte/course-engine';
import type { CourseManifest } from '../schema';
import { lineOf, type ContentIssue } from './issue';
import type { SourceFile } from './load-course';

/** A lesson as loaded, with the file it came from (for line numbers). */
export interface LessonSource {
  lesson: LessonDefinition;
  src: SourceFile;
}

/**
 * A worksheet naming a document the course does not declare, and a document no worksheet names
 * (only said when every lesson loaded: a lesson with errors may well name it).
 */
export function documentIssues(
  manifest: CourseManifest,
  msrc: SourceFile,
  lessons: readonly LessonSource[],
  allLoaded: boolean,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const declared = new Map<string, number>();
  (manifest.documents ?? []).forEach((d, i) => {
    const line = lineOf(msrc.doc, msrc.lc, ['documents', i, 'id']);
    if (declared.has(d.id))
      issues.push({ file: msrc.file, line, message: `document "${d.id}" is declared twice` });
    else declared.set(d.id, i);
  });
  const named = new Set<string>();
  for (const { lesson, src } of lessons)
    lesson.steps.forEach((step, si) => {
      if (step.kind !== 'worksheet' || step.document === undefined) return;
      named.add(step.document);
      if (!declared.has(step.document))
        issues.push({
          file: src.file,
          line: lineOf(src.doc, src.lc, ['steps', si, 'document']),
          message: `worksheet "${step.id}" names document "${step.document}", which course.yaml does not declare under documents`,
        });
    });
  for (const [id, i] of declared)
    if (allLoaded && !named.has(id))
      issues.push({
        file: msrc.file,
        line: lineOf(msrc.doc, msrc.lc, ['documents', i, 'id']),
        message: `document "${id}" is named by no worksheet step`,
      });
  return issues;
}

/** The course's `estimatedMinutes` must be its lessons' sum (checked once every listed lesson loaded). */
export function minutesIssues(
  manifest: CourseManifest,
  msrc: SourceFile,
  lessons: readonly LessonSource[],
  allLoaded: boolean,
): ContentIssue[] {
  if (!allLoaded) return [];
  const listed = new Set(manifest.modules.flatMap((m) => m.lessons));
  const parts = lessons
    .filter(({ lesson }) => listed.has(lesson.id))
    .map(({ lesson }) => lesson.estimatedMinutes);
  const total = parts.reduce((sum, m) => sum + m, 0);
  if (total === manifest.estimatedMinutes) return [];
  return [
    {
      file: msrc.file,
      line: lineOf(msrc.doc, msrc.lc, ['estimatedMinutes']),
      message: `estimatedMinutes is ${manifest.estimatedMinutes}, but the ${parts.length} lessons add up to ${total}: make them agree`,
    },
  ];
}
