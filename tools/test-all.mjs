#!/usr/bin/env node
// `npm test`: every unit and integration suite (jest, per project), then the browser tests, then one
// closing line with the counts of all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const summaryFile = join(mkdtempSync(join(tmpdir(), 'punte-test-')), 'summary.jsonl');
const env = { ...process.env, NX_DAEMON: 'false', PUNTE_TEST_SUMMARY: summaryFile };

function step(args) {
  // --skip-nx-cache: `npm test` always runs the tests, never replays an old result.
  const result = spawnSync('npx', ['nx', ...args, '--output-style=stream', '--skip-nx-cache'], {
    stdio: 'inherit',
    env,
  });
  return result.status ?? 1;
}

// `--no-browser`: the jest suites only (CI's second pass on another Node.js version).
const browser = !process.argv.includes('--no-browser');

let status = step(['run-many', '-t', 'test', '--parallel=1']);
// Browser tests run even when a unit suite failed, so one run reports everything that is wrong.
if (browser) status = step(['run', 'web:e2e']) || status;

const runs = existsSync(summaryFile)
  ? readFileSync(summaryFile, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
const total = runs.reduce(
  (sum, run) => ({
    passed: sum.passed + run.passed,
    failed: sum.failed + run.failed,
    skipped: sum.skipped + run.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
process.stdout.write(`\nPunte tests on Node.js ${process.version}: ${runs.length} runs\n`);
process.stdout.write(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`);
if (status === 0 && total.failed > 0) status = 1;
if (status === 0 && total.passed === 0) {
  process.stderr.write('no test ran\n');
  status = 1;
}
process.exit(status);
