// Shared jest settings: SWC compiles TypeScript (with decorator metadata for Nest),
// and workspace libraries resolve to their sources so tests never need a prior build.
const path = require('node:path');

const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const libSources = {
  '^@punte/course-engine$': path.join(__dirname, 'libs/course-engine/src/index.ts'),
  '^@punte/mongo-embedded$': path.join(__dirname, 'libs/mongo-embedded/src/index.ts'),
  '^@punte/content$': path.join(__dirname, 'libs/content/src/index.ts'),
};

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swcTransform },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: libSources,
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  reporters: ['default', path.join(__dirname, 'tools/test-summary-reporter.cjs')],
};
