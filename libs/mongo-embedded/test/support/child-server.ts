import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

let bundled: string | undefined;

/** The CLI compiled once per test file, so a spec can run the server as a separate process. */
function cliScript(): string {
  if (bundled) return bundled;
  const out = join(mkdtempSync(join(tmpdir(), 'punte-db-cli-')), 'cli.js');
  buildSync({
    entryPoints: [join(__dirname, '../../src/cli.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    outfile: out,
    logLevel: 'error',
  });
  return (bundled = out);
}

export interface ChildServer {
  uri: string;
  process: ChildProcess;
  stderr: () => string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/** Starts `cli.js --port 0 [--dbpath]` and resolves when it prints its ready line. */
export function startChildServer(args: string[], opts: { replacePort?: boolean } = {}): Promise<ChildServer> {
  const child = spawn(
    process.execPath,
    [cliScript(), ...(opts.replacePort ? [] : ['--port', '0']), ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^ready (mongodb:\/\/\S+)$/m.exec(out);
      if (m) resolve({ uri: m[1], process: child, stderr: () => err, exited });
    });
    void exited.then((code) => reject(new Error(`server exited with ${code} before it was ready: ${err}`)));
  });
}
