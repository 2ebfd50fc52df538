module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'content',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
};
