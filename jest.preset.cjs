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

const { WORKSPACE_LIB_SOURCES } = require('./tools/workspace-libs.cjs');

const libSources = Object.fromEntries(
  Object.entries(WORKSPACE_LIB_SOURCES).map(([name, source]) => [`^${name}$`, source]),
);

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swcTransform },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: libSources,
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  reporters: ['default', path.join(__dirname, 'tools/test-summary-reporter.cjs')],
};
