export * from './learner-events';
export * from './content-version';
export * from './lesson-snapshot';
export * from './replay';
export * from './summarize-progress';
export * from './read-progress';
