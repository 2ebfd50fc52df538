#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startEmbeddedMongo } from './server';

const USAGE =
  'usage: npm run db -- [--port 27017] [--host 127.0.0.1] [--dbpath ./data/db] [--setParameter notablescan=1]\n' +
  '       (no --dbpath: in memory)';

function fail(message: string): never {
  process.stderr.write(`punte-db: ${message}\n${USAGE}\n`);
  process.exit(2);
}

interface CliOptions {
  port: number;
  host: string;
  dbPath?: string;
  notablescan: boolean;
}

/** mongod's `--setParameter name=value`; notablescan is the one parameter this server has. */
function notablescan(settings: string[]): boolean {
  let on = false;
  for (const s of settings) {
    const m = /^notablescan=(1|0|true|false)$/.exec(s);
    if (!m) fail(`--setParameter supports only notablescan=1|0|true|false, got "${s}"`);
    on = m[1] === '1' || m[1] === 'true';
  }
  return on;
}

function options(): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        dbpath: { type: 'string' },
        setParameter: { type: 'string', multiple: true },
        help: { type: 'boolean' },
      },
    }));
  } catch (err) {
    fail((err as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const port = values.port === undefined ? 27017 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port must be a whole number from 0 to 65535, got "${values.port}"`);
  return {
    port,
    host: values.host ?? '127.0.0.1',
    dbPath: values.dbpath,
    notablescan: notablescan(values.setParameter ?? []),
  };
}

async function main(): Promise<void> {
  const opts = options();
  const log = (line: string): void => void process.stderr.write(`punte-db: ${line}\n`);
  let server;
  try {
    server = await startEmbeddedMongo({ ...opts, logger: log });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    fail(e.code === 'EADDRINUSE' ? `port ${opts.port} is already in use` : e.message);
  }
  log(opts.dbPath ? `data in ${opts.dbPath}` : 'in memory (no --dbpath): data is lost on exit');
  process.stdout.write(`ready ${server.uri}\n`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: flushing the journal and stopping`);
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        log(`stop failed: ${(err as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
