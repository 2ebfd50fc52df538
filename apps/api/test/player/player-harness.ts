import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { type Connection } from 'mongoose';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { AppModule } from '../../src/app.module';
import { ViewerSource, type Viewer, Role } from '../../src/common/access';
import { loadConfig } from '../../src/config/env';
import { type DatabaseTarget, resolveDatabaseTarget } from '../../src/database/database-target';
import { ContentImportService } from '../../src/modules/catalog/content-import.service';
import { FIXTURE_CONTENT } from '../support/api-harness';

export const PLAYER_FIXTURES = join(__dirname, '..', 'fixtures', 'player-courses');
export const REAL_COURSES = join(__dirname, '..', '..', '..', '..', 'content', 'courses');
export const LEARNER_HEADER = 'x-test-learner';

/**
 * Stands in for the accounts module in these tests: the learner is named by a request header.
 * The real sessions come with the accounts issue; the access rules are the same either way.
 */
@Injectable()
class HeaderViewerSource extends ViewerSource {
  override async viewerOf(request: unknown): Promise<Viewer | null> {
    const headers = (request as { headers?: Record<string, string | undefined> }).headers ?? {};
    const learner = headers[LEARNER_HEADER];
    return learner ? { userId: learner, roles: [Role.learner], sessionId: `session-${learner}` } : null;
  }
}

export interface GraphQLReply<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The whole API (every feature module, the embedded database) with a test sign-in by header. */
export class PlayerApi {
  app?: NestFastifyApplication;
  url = '';
  private database?: DatabaseTarget;
  readonly dataDir = mkdtempSync(join(tmpdir(), 'punte-player-'));
  readonly contentDir = mkdtempSync(join(tmpdir(), 'punte-player-content-'));

  /** `withRealCourses`: the repository's courses beside the fixtures. */
  constructor({ withRealCourses = false } = {}) {
    if (withRealCourses) cpSync(REAL_COURSES, this.contentDir, { recursive: true });
    cpSync(FIXTURE_CONTENT, this.contentDir, { recursive: true });
    cpSync(join(PLAYER_FIXTURES, 'player-sampler'), join(this.contentDir, 'player-sampler'), {
      recursive: true,
    });
  }

  async start(): Promise<void> {
    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      DATA_DIR: this.dataDir,
      CONTENT_DIR: this.contentDir,
    });
    this.database = await resolveDatabaseTarget(config, () => undefined);
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.register(config, this.database.uri)],
    })
      .overrideProvider(ViewerSource)
      .useClass(HeaderViewerSource)
      .setLogger({ log() {}, error() {}, warn() {}, debug() {}, verbose() {} })
      .compile();
    this.app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), {
      logger: ['error'],
    });
    await this.app.init();
    await this.app.get(ContentImportService).importIfEmpty(config.contentDir);
    // Like mongod's notablescan: a player query that no index answers fails the test.
    await this.app
      .get<Connection>(getConnectionToken())
      .db!.admin()
      .command({ setParameter: 1, notablescan: true });
    await this.app.listen(0, '127.0.0.1');
    const address = this.app.getHttpServer().address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }

  async stop(): Promise<void> {
    await this.app?.close();
    await this.database?.stop();
    this.app = undefined;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
    rmSync(this.contentDir, { recursive: true, force: true });
  }

  /** As `learner` when given, else as a guest. */
  async graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    learner?: string,
  ): Promise<GraphQLReply<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (learner) headers[LEARNER_HEADER] = learner;
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLReply<T>;
  }
}
