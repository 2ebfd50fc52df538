export * from './normalize';
export * from './answer-key';
export * from './grade-answer';
export * from './verdict';
