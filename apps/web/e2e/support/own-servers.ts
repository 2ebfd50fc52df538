import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * An API and a web server of this spec's own, for the tests that stop or crash a server: the
 * Playwright config's pair is shared by every spec and cannot be restarted under them.
 * Ports come from this checkout's (E2E_WEB_PORT, E2E_API_PORT) plus an offset, so several
 * checkouts on one machine do not collide.
 */
const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
const READY_WITHIN_MS = 120_000;
const POLL_MS = 100;
const OUTPUT_KEPT = 8_000;

const answers = (url: string): Promise<boolean> =>
  fetch(url).then(
    (response) => response.ok,
    () => false,
  );

/** One child process, started again with the same environment as often as a test needs. */
export class ServerProcess {
  #child: ChildProcess | null = null;
  #output = '';

  constructor(
    readonly name: string,
    private readonly script: string,
    private readonly env: Record<string, string>,
    /** Answers 2xx once the server takes requests. */
    readonly readyUrl: string,
  ) {}

  get running(): boolean {
    return this.#child !== null;
  }

  /** Starts the process and resolves once readyUrl answers; rejects with its output if it dies first. */
  async start(): Promise<void> {
    if (this.#child) throw new Error(`${this.name} is already running`);
    // Another process on the port (one left by an earlier run) would pass for this one.
    if (await answers(this.readyUrl))
      throw new Error(`${this.name}: something already answers ${this.readyUrl}; stop it first`);
    this.#output = '';
    const child = spawn(process.execPath, [this.script], {
      cwd: root,
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#child = child;
    const keep = (chunk: Buffer) => {
      this.#output = (this.#output + chunk.toString()).slice(-OUTPUT_KEPT);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    // Whatever ends the test run, the servers end with it.
    const orphaned = () => child.kill('SIGKILL');
    process.once('exit', orphaned);
    child.once('exit', () => process.removeListener('exit', orphaned));
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code, signal) => {
        if (this.#child === child) this.#child = null;
        reject(new Error(`${this.name} stopped while starting (${signal ?? code}):\n${this.#output}`));
      }),
    );
    exited.catch(() => undefined);
    await Promise.race([this.#waitReady(), exited]);
  }

  async #waitReady(): Promise<void> {
    const deadline = Date.now() + READY_WITHIN_MS;
    while (Date.now() < deadline) {
      if (!this.#child) return; // the exit's rejection reports why
      if (await answers(this.readyUrl)) return;
      // Polling the server, not waiting for time to pass: the loop ends as soon as it answers.
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    throw new Error(
      `${this.name} did not answer ${this.readyUrl} within ${READY_WITHIN_MS} ms:\n${this.#output}`,
    );
  }

  /** A crash: SIGKILL, no chance to flush or close anything. Resolves once the process is gone. */
  async crash(): Promise<void> {
    const child = this.#child;
    this.#child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGKILL');
    await gone;
  }
}

export interface OwnServers {
  api: ServerProcess;
  web: ServerProcess;
  /** The web app's address (the tests' baseURL). */
  webOrigin: string;
  /** The API's GraphQL endpoint. */
  graphqlUrl: string;
  /** The API's data directory: kept across the API's restarts. */
  dataDir: string;
  /** Stops both servers and removes their directories. */
  close(): Promise<void>;
}

/** Offset added to this checkout's e2e ports for the spec's own servers. */
export const OWN_PORT_OFFSET = 50;

/** The own servers' addresses (known before they start: a spec's baseURL is set at load). */
export function ownPorts(offset = OWN_PORT_OFFSET): {
  webOrigin: string;
  graphqlUrl: string;
  apiPort: string;
  webPort: string;
} {
  const apiPort = String(Number(process.env.E2E_API_PORT ?? '4100') + offset);
  const webPort = String(Number(process.env.E2E_WEB_PORT ?? '3100') + offset);
  return {
    apiPort,
    webPort,
    webOrigin: `http://127.0.0.1:${webPort}`,
    graphqlUrl: `http://127.0.0.1:${apiPort}/graphql`,
  };
}

/**
 * Starts a fresh API (its own DATA_DIR, a copy of the player's sample course as CONTENT_DIR) and
 * a web server that talks to it.
 */
export async function startOwnServers(offset = OWN_PORT_OFFSET): Promise<OwnServers> {
  const { apiPort, webPort, webOrigin, graphqlUrl } = ownPorts(offset);
  const dataDir = mkdtempSync(join(tmpdir(), 'punte-e2e-own-'));
  const contentDir = mkdtempSync(join(tmpdir(), 'punte-e2e-own-content-'));
  // Only the sample course: a smaller import starts the API sooner.
  cpSync(
    join(root, 'apps/api/test/fixtures/player-courses/player-sampler'),
    join(contentDir, 'player-sampler'),
    { recursive: true },
  );
  const api = new ServerProcess(
    'the API',
    join(root, 'apps/api/dist/main.js'),
    {
      PORT: apiPort,
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      CONTENT_DIR: contentDir,
      PUBLIC_URL: webOrigin,
    },
    `http://127.0.0.1:${apiPort}/health`,
  );
  const web = new ServerProcess(
    'the web server',
    join(root, 'apps/web/build/index.js'),
    { PORT: webPort, HOST: '127.0.0.1', API_URL: graphqlUrl, ORIGIN: webOrigin },
    webOrigin,
  );
  const close = async () => {
    // Their data goes with them: no clean shutdown is needed.
    await Promise.all([web.crash(), api.crash()]);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(contentDir, { recursive: true, force: true });
  };
  try {
    await api.start();
    await web.start();
  } catch (error) {
    await close();
    throw error;
  }
  return { api, web, webOrigin, graphqlUrl, dataDir, close };
}
