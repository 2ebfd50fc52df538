export * from './locale';
export * from './question';
export * from './practice';
export * from './step';
