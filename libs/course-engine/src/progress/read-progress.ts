import type { SnapshotFrom } from 'xstate';
import type { LessonMachine } from '../machines/lesson.machine';
import type { PracticeContext } from '../machines/practice.machine';
import type { LessonContext } from '../machines/progress-state';
import type { QuizContext } from '../machines/quiz.machine';
import type { WorksheetAnswers } from '../machines/worksheet.logic';

type LessonState = SnapshotFrom<LessonMachine>;

/** The quiz visit in progress (current question, order, attempts); undefined unless a quiz step is current. */
export function quizInProgress(snapshot: LessonState): QuizContext | undefined {
  return snapshot.children.quiz?.getSnapshot().context;
}

/** The practice visit in progress (checkpoints reached); undefined unless a practice step is current. */
export function practiceInProgress(snapshot: LessonState): PracticeContext | undefined {
  return snapshot.children.practice?.getSnapshot().context;
}

type StepsHolder = Pick<LessonContext, 'steps'>;

/**
 * What the learner wrote on a worksheet step (a copy; empty when nothing was saved), read from the
 * actor's snapshot, the lesson context, or a stored snapshot (`persistLesson`'s `state`).
 */
export function worksheetAnswers(
  source: { context: StepsHolder } | { state: { context: StepsHolder } } | StepsHolder,
  stepId: string,
): WorksheetAnswers {
  const holder = 'steps' in source ? source : 'context' in source ? source.context : source.state.context;
  return { ...holder.steps[stepId]?.answers };
}
