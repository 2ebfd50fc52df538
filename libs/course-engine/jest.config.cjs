module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'course-engine',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  collectCoverageFrom: ['src/**/*.ts', '!src/**/*.spec.ts', '!src/bench/**'],
  coverageThreshold: { global: { lines: 95 } },
};
