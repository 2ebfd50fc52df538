// The one place that says where each workspace library's source is. Tests (jest) and the web build
// (vite) compile libraries from source through it, so neither waits on a library's dist/; Node at
// run time uses the packages' `main` (their dist/), built by `nx` before anything that needs it.
const path = require('node:path');

const root = path.join(__dirname, '..');

const WORKSPACE_LIB_SOURCES = {
  '@punte/course-engine': path.join(root, 'libs/course-engine/src/index.ts'),
  '@punte/mongo-embedded': path.join(root, 'libs/mongo-embedded/src/index.ts'),
  '@punte/content': path.join(root, 'libs/content/src/index.ts'),
};

module.exports = { WORKSPACE_LIB_SOURCES };
