// Unit tests cover pure modules under src/lib only; Svelte components and routes are covered by e2e/.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'web',
  roots: ['<rootDir>/src/lib'],
  testMatch: ['**/*.spec.ts'],
};
