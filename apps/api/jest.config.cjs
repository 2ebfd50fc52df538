module.exports = {
  ...require('../../jest.preset.cjs'),
  testMatch: process.env.PUNTE_INTEGRATION ? ['<rootDir>/test/**/*.int-spec.ts'] : ['<rootDir>/src/**/*.spec.ts'],
  testTimeout: 30000,
};
