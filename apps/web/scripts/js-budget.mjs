// The first-load JavaScript budget (issue 11, Performance): a lesson page without video sends at
// most 80 kB of gzipped JavaScript. Run after `vite build` (the build fails when a page regrows),
// or alone: `node apps/web/scripts/js-budget.mjs [--list]`. It reads Vite's client manifest and
// SvelteKit's generated nodes, follows the static imports (the modulepreload list of the page's
// HTML) from the client entry, the page's layouts and the page, adds the language chunks the root
// layout's load imports (src/routes/+layout.ts), and gzips each chunk (level 9, as bench:web does). Dynamic imports (video.js, a practice tool, worksheets) are not counted:
// they load when their step is shown. Cheap (a few dozen files) and deterministic.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// `--dir <apps/web of another checkout>` measures that checkout's build.
const dirArg = process.argv.indexOf('--dir');
const web = dirArg > 0 ? process.argv[dirArg + 1] : fileURLToPath(new URL('..', import.meta.url));
const kit = join(web, '.svelte-kit');
const client = join(kit, 'output/client');

/** Pages and their budgets in kB (1 kB = 1024 bytes) of gzipped JavaScript on first load. */
export const BUDGETS = [
  {
    route: 'courses/[slug]/lessons/[lessonId]',
    // The target. The next lever when it tightens: the engine ships as CommonJS, so none of
    // it is tree-shaken (grading and replay come along).
    kB: 80,
    more: false,
    why: 'a lesson page',
  },
  { route: 'courses/[slug]', kB: 80, more: true, why: 'a course page' },
  { route: '', kB: 80, more: true, why: 'the course list' },
];

/**
 * The root layout's load imports the page's language (src/lib/i18n/index.ts): its core messages
 * and, but on a learner's lesson page, the trainers', plans' and printables'. Counted at the
 * heaviest language.
 */
const LOCALES = ['ro', 'ru', 'uk', 'pl', 'en'];
const messageSources = (locale, more) => [
  `src/lib/i18n/messages/${locale}.ts`,
  ...(more ? ['trainer', 'plans', 'printables'].map((f) => `src/lib/i18n/messages/${f}/${locale}.ts`) : []),
];

/** The manifest key of the generated node that renders `file` (a route's +page / +layout svelte). */
function nodeKeyOf(file) {
  const dir = join(kit, 'generated/client-optimized/nodes');
  for (const name of readdirSync(dir)) {
    const text = readFileSync(join(dir, name), 'utf8');
    if (text.includes(`src/routes/${file}"`)) return `.svelte-kit/generated/client-optimized/nodes/${name}`;
  }
  return undefined;
}

/** The page's node and its layouts' nodes, root first. */
function nodesOf(route) {
  const parts = route ? route.split('/') : [];
  const keys = [];
  for (let i = 0; i <= parts.length; i++) {
    const layout = posix.join(...parts.slice(0, i), '+layout.svelte');
    if (existsSync(join(web, 'src/routes', layout))) keys.push(nodeKeyOf(layout));
  }
  const page = nodeKeyOf(posix.join(...parts, '+page.svelte'));
  if (!page) throw new Error(`no built node for the page ${route || '/'}`);
  return [...keys.filter(Boolean), page];
}

/** Every chunk a page's first load fetches (static imports only), with its gzipped size in bytes. */
export function firstLoad(route, more) {
  const manifest = JSON.parse(readFileSync(join(client, '.vite/manifest.json'), 'utf8'));
  const entries = Object.keys(manifest).filter(
    (key) => key.endsWith('client/entry.js') || key.endsWith('client-optimized/app.js'),
  );
  const seen = new Set();
  const walk = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) walk(next);
  };
  for (const key of [...entries, ...nodesOf(route)]) walk(key);
  const sized = (keys) =>
    [...keys].map((key) => {
      const file = manifest[key].file;
      return { file, bytes: gzipSync(readFileSync(join(client, file)), { level: 9 }).length };
    });
  const page = sized(seen);
  const base = new Set(seen);
  const language = LOCALES.map((locale) => {
    for (const source of messageSources(locale, more)) {
      if (!manifest[source]) throw new Error(`no built chunk for ${source}`);
      walk(source);
    }
    const added = sized([...seen].filter((key) => !base.has(key)));
    for (const key of [...seen]) if (!base.has(key)) seen.delete(key);
    return added;
  }).sort((a, b) => total(b) - total(a))[0];
  return [...page, ...language].sort((a, b) => b.bytes - a.bytes);
}

const total = (chunks) => chunks.reduce((sum, c) => sum + c.bytes, 0);

const kB = (bytes) => Math.round(bytes / 102.4) / 10;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(join(client, '.vite/manifest.json'))) {
    console.error('js-budget: no client build (run `npx nx run web:build` first)');
    process.exit(1);
  }
  let over = false;
  for (const { route, kB: budget, more, why } of BUDGETS) {
    const chunks = firstLoad(route, more);
    const size = kB(total(chunks));
    const ok = size <= budget;
    over ||= !ok;
    console.log(
      `${ok ? 'within' : 'OVER  '} /${route}: ${size} kB gzipped JS on first load (budget ${budget} kB, ${why})`,
    );
    if (!ok || process.argv.includes('--list'))
      for (const c of chunks) console.log(`         ${String(kB(c.bytes)).padStart(6)} kB  ${c.file}`);
  }
  if (over) {
    console.error(
      'js-budget: a page is over its first-load JavaScript budget: load what only some steps need with import()',
    );
    process.exit(1);
  }
}
