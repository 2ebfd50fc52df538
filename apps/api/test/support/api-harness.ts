import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getConnectionToken } from '@nestjs/mongoose';
import { type Connection } from 'mongoose';
import { startApi, type RunningApi } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/env';
import { type CourseSpec, writeCourse } from './factories/course';

export const FIXTURE_CONTENT = join(__dirname, '..', 'fixtures', 'courses');

/** A real API on a free port with the embedded database in a temporary data folder. */
export class ApiHarness {
  api?: RunningApi;
  readonly dataDir = mkdtempSync(join(tmpdir(), 'punte-api-'));
  readonly contentDir = mkdtempSync(join(tmpdir(), 'punte-content-'));

  /** With `courses`, the content folder holds just those (see factories); else the fixture course. */
  constructor(options: { courses?: CourseSpec[] } = {}) {
    if (options.courses) options.courses.forEach((course) => writeCourse(this.contentDir, course));
    else cpSync(FIXTURE_CONTENT, this.contentDir, { recursive: true });
  }

  async start(): Promise<RunningApi> {
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      DATA_DIR: this.dataDir,
      CONTENT_DIR: this.contentDir,
    });
    this.api = await startApi(config);
    // Like mongod's notablescan: a query that no index can answer fails the test instead of
    // quietly scanning a whole collection (the same command works against a real MongoDB).
    await this.api.app
      .get<Connection>(getConnectionToken())
      .db!.admin()
      .command({ setParameter: 1, notablescan: true });
    return this.api;
  }

  async stop(): Promise<void> {
    await this.api?.close();
    this.api = undefined;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
    rmSync(this.contentDir, { recursive: true, force: true });
  }

  async graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
    const response = await fetch(`${this.api!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data?: T;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
  }
}
