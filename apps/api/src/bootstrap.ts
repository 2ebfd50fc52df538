import 'reflect-metadata';
import { type INestApplication, type LoggerService, ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { type AppConfig } from './config/env';
import { type DatabaseTarget, resolveDatabaseTarget } from './database/database-target';
import { ContentImportService } from './modules/catalog/content-import.service';

export interface RunningApi {
  app: INestApplication;
  url: string;
  database: DatabaseTarget;
  close(): Promise<void>;
}

export function createLogger(config: AppConfig): LoggerService {
  return new ConsoleLogger({
    json: config.logFormat === 'json',
    logLevels: config.env === 'test' ? ['error', 'warn'] : undefined,
  });
}

/** Starts the whole API: database (embedded when no MONGODB_URI), content import on an empty database, HTTP. */
export async function startApi(
  config: AppConfig,
  logger: LoggerService = createLogger(config),
): Promise<RunningApi> {
  const database = await resolveDatabaseTarget(config, (line) => logger.log(line, 'Database'));
  let app: NestFastifyApplication | undefined;
  try {
    app = await NestFactory.create<NestFastifyApplication>(
      AppModule.register(config, database.uri),
      new FastifyAdapter({ bodyLimit: 1_048_576, trustProxy: config.trustProxy }),
      { logger, abortOnError: false },
    );
    await app.get(ContentImportService).importIfEmpty(config.contentDir);
    await app.listen(config.port, config.host);
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.stop().catch(() => undefined);
    throw error;
  }
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const running = app;
  return {
    app: running,
    url: `http://${config.host}:${port}`,
    database,
    close: async () => {
      await running.close();
      await database.stop();
    },
  };
}
