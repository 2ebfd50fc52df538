import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  resolve: {
    alias: {
      // Compile the engine from source so the web build never waits on its dist/.
      '@punte/course-engine': fileURLToPath(
        new URL('../../libs/course-engine/src/index.ts', import.meta.url),
      ),
    },
  },
});
