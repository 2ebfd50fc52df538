module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'mongo-embedded',
  rootDir: __dirname,
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  testTimeout: 60000,
};
