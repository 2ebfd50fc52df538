import { type LearnerLessonProgress, type ReportLesson } from './report-input';
import { lessonStatus, type LessonStatus } from './group-report';

export interface LearnerStepRow {
  stepId: string;
  title: string;
  status: string;
  attempts: number;
  hintsUsed: number;
  timeMs: number;
  score: number | null;
}

export interface LearnerLessonRow {
  lessonId: string;
  title: string;
  status: LessonStatus;
  completion: number;
  score: number | null;
  attempts: number;
  hintsUsed: number;
  timeMs: number;
  lastSeenAt: Date | null;
  steps: LearnerStepRow[];
}

/** Every lesson of the group's courses for one learner, each with its steps. */
export function learnerReport(
  lessons: readonly ReportLesson[],
  progress: readonly LearnerLessonProgress[],
): LearnerLessonRow[] {
  return lessons.map((lesson) => {
    const row = progress.find((p) => p.lessonId === lesson.lessonId);
    const stepOf = new Map(row?.summary.steps.map((s) => [s.stepId, s]));
    return {
      lessonId: lesson.lessonId,
      title: lesson.title,
      status: lessonStatus(row),
      completion: row?.summary.completion ?? 0,
      score: row?.summary.score ?? null,
      attempts: row?.summary.attempts ?? 0,
      hintsUsed: row?.summary.hintsUsed ?? 0,
      timeMs: row?.summary.timeMs ?? 0,
      lastSeenAt: row?.lastSeenAt ?? null,
      steps: lesson.steps.map((step) => {
        const done = stepOf.get(step.stepId);
        return {
          stepId: step.stepId,
          title: step.title,
          status: done?.status ?? 'not-started',
          attempts: done?.attempts ?? 0,
          hintsUsed: done?.hintsUsed ?? 0,
          timeMs: done?.timeMs ?? 0,
          score: done?.score ?? null,
        };
      }),
    };
  });
}
