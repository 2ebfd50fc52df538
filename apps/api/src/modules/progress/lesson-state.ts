import {
  persistLesson,
  replay,
  restoreLesson,
  resumeLesson,
  type LearnerEvent,
  type LessonActor,
  type Locale,
} from '@punte/course-engine';
import { type PreparedLesson } from '../lessons/lesson-content.service';
import { type LessonStatus, type LoggedEvent, type QuizResult } from './progress.schema';
import { type ProgressState } from './progress.repository';

export interface EngineStart {
  seed: string;
  locale: Locale;
  /** The learner's clock of the first event, when the lesson starts fresh. */
  startedAt: number;
}

/**
 * The learner's lesson actor on the server, with the answer key: from the stored snapshot plus
 * any logged events after it, or replayed from the log when the snapshot cannot be used.
 */
export function lessonActorFor(
  lesson: PreparedLesson,
  stored: { snapshot: unknown; events: readonly LoggedEvent[]; logComplete?: boolean } | null,
  start: EngineStart,
): LessonActor {
  const options = {
    answerKey: lesson.answerKey,
    seed: start.seed,
    startedAt: start.startedAt,
    locale: start.locale,
  };
  if (!stored) return replay(lesson.publicLesson, [], options);
  // Short text is graded in the language the learner answers in now, even if they began in another.
  const snapshot = withLocale(stored.snapshot, start.locale);
  // Without the log (the usual batch), a snapshot the engine cannot use throws a SnapshotError:
  // the caller then reads the whole log and comes back.
  if (stored.logComplete === false)
    return restoreLesson(lesson.publicLesson, snapshot, { answerKey: lesson.answerKey });
  const log: LearnerEvent[] = stored.events.map(({ id, at, event }) => ({ id, at, event }));
  return resumeLesson(lesson.publicLesson, snapshot, log, options).actor;
}

function withLocale(snapshot: unknown, locale: Locale): unknown {
  const value = snapshot as { context?: Record<string, unknown> } | null;
  if (!value || typeof value !== 'object' || !value.context || typeof value.context !== 'object')
    return snapshot;
  return { ...value, context: { ...value.context, locale } };
}

/** What the stored document says besides the log: the snapshot and the fields lists read. */
export function progressStateOf(
  lesson: PreparedLesson,
  actor: LessonActor,
  lastEventId: string | undefined,
  previous: { completedAt: Date | null } | null,
  now: Date,
): ProgressState {
  const snapshot = actor.getSnapshot();
  const context = snapshot.context;
  const steps = lesson.publicLesson.steps;
  const status: LessonStatus = context.currentStepId === null ? 'completed' : 'in-progress';
  const index = steps.findIndex((step) => step.id === context.currentStepId);
  const quizzes: QuizResult[] = [];
  for (const step of steps) {
    if (step.kind !== 'quiz') continue;
    const progress = context.steps[step.id];
    if (progress?.score === undefined || progress.status === 'in-progress') continue;
    quizzes.push({
      stepId: step.id,
      score: progress.score,
      // The engine judged it against the step's mastery threshold when the quiz ended.
      passed: progress.status === 'passed',
    });
  }
  const quizSteps = steps.filter((step) => step.kind === 'quiz').length;
  return {
    seed: String(context.seed),
    snapshot: persistLesson(actor, lastEventId),
    contentVersion: lesson.contentVersion,
    status,
    currentStepId: context.currentStepId,
    stepNumber: index < 0 ? steps.length + 1 : index + 1,
    stepCount: steps.length,
    quizzes,
    allQuizzesPassed: quizzes.filter((quiz) => quiz.passed).length === quizSteps,
    completedAt: previous?.completedAt ?? (status === 'completed' ? now : null),
    lastActivityAt: now,
  };
}
