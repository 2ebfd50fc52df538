import { createRequire } from 'node:module';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

const { WORKSPACE_LIB_SOURCES } = createRequire(import.meta.url)('../../tools/workspace-libs.cjs') as {
  WORKSPACE_LIB_SOURCES: Record<string, string>;
};

export default defineConfig({
  plugins: [sveltekit()],
  resolve: {
    // Compile workspace libraries from source so the web build never waits on their dist/.
    alias: WORKSPACE_LIB_SOURCES,
  },
});
