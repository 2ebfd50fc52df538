// Benchmark of the built engine (dist): machine build, restore, replay, and the gzipped browser bundle.
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const engine = require(path.join(here, '../dist/index.js'));
const { build } = require('esbuild');

const t = (en) => ({ ro: en, ru: en, uk: en, pl: en, en });
const kinds = ['reading', 'video', 'quiz', 'practice'];
function fiftyStepLesson() {
  const steps = [];
  for (let i = 0; i < 49; i++) {
    const id = `s${i}`;
    const kind = kinds[i % kinds.length];
    if (kind === 'reading') steps.push({ id, kind, title: t(id), body: t('text') });
    if (kind === 'video')
      steps.push({ id, kind, title: t(id), src: 'v.mp4', durationSeconds: 60, captions: {} });
    if (kind === 'practice')
      steps.push({
        id,
        kind,
        tool: 'email',
        title: t(id),
        intro: t('do'),
        scenario: {},
        checkpoints: [
          { id: 'c1', event: 'compose.opened', guidance: t('g') },
          { id: 'c2', event: 'message.sent', guidance: t('g') },
        ],
      });
    if (kind === 'quiz')
      steps.push({
        id,
        kind,
        title: t(id),
        shuffleQuestions: true,
        masteryThreshold: 0.5,
        questions: [
          {
            id: `${id}q1`,
            kind: 'single-choice',
            prompt: t('?'),
            options: [
              { id: 'a', text: t('a') },
              { id: 'b', text: t('b') },
            ],
            correct: 'a',
            shuffleOptions: true,
          },
          { id: `${id}q2`, kind: 'short-text', prompt: t('?'), accepted: { en: ['email'] } },
        ],
      });
  }
  steps.push({ id: 'end', kind: 'summary', title: t('end'), body: t('bye') });
  return { id: 'bench', title: t('bench'), estimatedMinutes: 60, contentVersion: 'b1', steps };
}

function eventsFor(lesson, count) {
  const out = [];
  let i = 0;
  const push = (event) => out.length < count && out.push({ id: `e${i++}`, at: 1e12 + i * 1000, event });
  while (out.length < count) {
    for (const s of lesson.steps) {
      // Players report progress every few seconds: most of a real log is these.
      if (s.kind === 'video')
        for (let k = 1; k <= 50; k++) push({ type: 'video.progress', watchedShare: k / 50 });
      if (s.kind === 'practice')
        (push({ type: 'checkpoint.reach', event: 'compose.opened' }),
          push({ type: 'checkpoint.reach', event: 'message.sent' }));
      if (s.kind === 'quiz') {
        for (let k = 0; k < 25; k++)
          push({
            type: 'answer.submit',
            questionId: `${s.id}q2`,
            answer: { kind: 'short-text', text: `wrong ${k}` },
          });
        push({
          type: 'answer.submit',
          questionId: `${s.id}q1`,
          answer: { kind: 'single-choice', optionId: 'b' },
        });
        push({ type: 'hint.request', questionId: `${s.id}q1` });
        push({
          type: 'answer.submit',
          questionId: `${s.id}q1`,
          answer: { kind: 'single-choice', optionId: 'a' },
        });
        push({
          type: 'answer.submit',
          questionId: `${s.id}q2`,
          answer: { kind: 'short-text', text: ' EMAIL ' },
        });
      }
      push({ type: 'step.next' });
    }
    // Duplicates and no-ops fill the rest, as a flaky network would send them.
    while (out.length < count) push(out[out.length % 50].event);
  }
  return out;
}

function median(fn, runs) {
  const times = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

// The lesson is well formed by construction (the validator lives in @punte/content, whose specs cover it).
const full = fiftyStepLesson();
const lesson = engine.toPublicLesson(full);
const answerKey = engine.answerKeyOf(full);
const opts = { seed: 42, startedAt: 1e12, locale: 'en', answerKey };
const events = eventsFor(lesson, 1000);

const buildMs = median(() => engine.createLessonMachine(), 50);
const startMs = median(() => engine.replay(lesson, [], opts), 50);
const replayMs = median(() => engine.replay(lesson, events, opts), 20);
const actor = engine.replay(lesson, events, opts);
const snapshot = JSON.stringify(engine.persistLesson(actor, events.at(-1).id));
const restoreMs = median(() => engine.restoreLesson(lesson, JSON.parse(snapshot), { answerKey }), 200);

const bundle = await build({
  stdin: { contents: "export * from './dist/index.js';", resolveDir: path.join(here, '..'), loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  treeShaking: true,
});
const bytes = bundle.outputFiles[0].contents;
const gz = gzipSync(bytes, { level: 9 }).length;
// The web app compiles the engine from src (vite alias) as ES modules, so xstate is tree-shaken
// there; the CommonJS dist above pulls in all of xstate and is the upper bound the target is set on.
const fromSource = await build({
  stdin: { contents: "export * from './src/index.ts';", resolveDir: path.join(here, '..'), loader: 'ts' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  treeShaking: true,
});
const gzSource = gzipSync(fromSource.outputFiles[0].contents, { level: 9 }).length;

const line = (name, value, target) =>
  console.log(`${name.padEnd(42)} ${value.padStart(10)}   target ${target}`);
console.log(
  `course-engine benchmark (50 steps, ${events.length} events, state at the end: ${actor.getSnapshot().context.currentStepId ?? 'finished'})`,
);
line('build lesson machine', `${buildMs.toFixed(3)} ms`, '-');
line('start an actor for the 50-step lesson', `${startMs.toFixed(3)} ms`, '-');
line('restore from snapshot', `${restoreMs.toFixed(3)} ms`, '< 2 ms');
line('replay 1,000 learner events', `${replayMs.toFixed(3)} ms`, '< 20 ms');
line('engine + xstate, minified', `${(bytes.length / 1024).toFixed(1)} kB`, '-');
line('engine + xstate, minified + gzipped', `${(gz / 1024).toFixed(2)} kB`, '< 25 kB');
line('engine + xstate from src (web app build)', `${(gzSource / 1024).toFixed(2)} kB`, '-');
line('snapshot size (JSON)', `${(snapshot.length / 1024).toFixed(1)} kB`, '-');
