import type { SnapshotFrom } from 'xstate';
import type { LessonMachine } from '../machines/lesson.machine';

/** The quiz in progress: the lesson's `quiz` child's context (undefined on other steps). */
export const quizInProgress = (snapshot: SnapshotFrom<LessonMachine>) =>
  snapshot.children.quiz?.getSnapshot().context;

/** The practice in progress: the lesson's `practice` child's context (undefined on other steps). */
export const practiceInProgress = (snapshot: SnapshotFrom<LessonMachine>) =>
  snapshot.children.practice?.getSnapshot().context;
