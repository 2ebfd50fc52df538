#!/usr/bin/env node
// `npm test`: every unit and integration suite (jest, per project), then the browser tests.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, NX_DAEMON: 'false' };
function step(args) {
  const result = spawnSync('npx', ['nx', ...args, '--output-style=stream'], { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

step(['run-many', '-t', 'test', '--parallel=1']);
step(['run', 'web:e2e']);
