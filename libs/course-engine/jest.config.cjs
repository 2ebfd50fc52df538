module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'course-engine',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  // Always on, so `nx run course-engine:test` and `npm test` enforce the threshold.
  collectCoverage: true,
  coverageReporters: ['text-summary'],
  collectCoverageFrom: ['src/**/*.ts', '!src/**/*.spec.ts', '!src/bench/**', '!src/**/__fixtures__/**'],
  coverageThreshold: { global: { lines: 95 } },
};
