// Each module is re-exported directly, not through the folder barrels: in the CommonJS build every
// barrel carries its own copy of the re-export helpers, and the browser bundle pays for each.
export * from './model/locale';
export * from './model/question';
export * from './model/practice';
export * from './model/step';
export * from './grading/normalize';
export * from './grading/answer-key';
export * from './grading/grade-answer';
export * from './grading/verdict';
export * from './public-view';
export * from './document';
export type * from './machines/events';
export type * from './machines/progress-state';
export * from './machines/step-graph';
export * from './machines/seeded-order';
export * from './machines/quiz.logic';
export * from './machines/practice.logic';
export * from './machines/worksheet.logic';
export * from './machines/quiz.machine';
export * from './machines/practice.machine';
export * from './machines/lesson.machine';
export * from './progress/learner-events';
export * from './progress/content-version';
export * from './progress/lesson-snapshot';
export * from './progress/replay';
export * from './progress/read-progress';
export * from './progress/summarize-progress';
