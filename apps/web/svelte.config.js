import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ out: 'build' }),
    // A page's stylesheets are small (the largest is under 7 kB): inlined in one <style>, they cost
    // no request before the first paint, which on a slow library connection is a whole round trip.
    inlineStyleThreshold: 16_384,
    // SvelteKit adds a nonce to its own inline script; nothing else inline runs. frame-ancestors
    // 'none' keeps sign-in and PIN pages out of other sites' frames.
    csp: {
      mode: 'nonce',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self'],
        // app.html's wrapper and Svelte's style: directives are attributes, never <style> blocks.
        'style-src-attr': ['unsafe-inline'],
        'img-src': ['self', 'data:'],
        'media-src': ['self', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'worker-src': ['self', 'blob:'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none'],
      },
    },
  },
};

export default config;
