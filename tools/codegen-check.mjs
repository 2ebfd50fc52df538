#!/usr/bin/env node
// Fails when the committed GraphQL contract or the web app's generated types differ from what the
// code produces now: regenerate with `npm run build -w @punte/api && npm run codegen`.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, NX_DAEMON: 'false' };
for (const args of [
  ['nx', 'run', 'api:build', '--output-style=static', '--skip-nx-cache'],
  ['nx', 'run', 'web:codegen', '--output-style=static', '--skip-nx-cache'],
]) {
  const result = spawnSync('npx', args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const diff = spawnSync(
  'git',
  ['diff', '--exit-code', '--', 'apps/api/schema.gql', 'apps/web/src/lib/graphql/generated'],
  {
    stdio: 'inherit',
  },
);
if (diff.status !== 0) {
  process.stderr.write(
    'codegen drift: schema.gql or generated types differ from the committed files; run npm run codegen:check locally and commit the result\n',
  );
  process.exit(1);
}
process.stdout.write('codegen: committed schema and generated types are up to date\n');
