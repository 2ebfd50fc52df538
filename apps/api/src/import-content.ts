import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { loadConfig } from './config/env';
import { resolveDatabaseTarget } from './database/database-target';
import { ContentImportService } from './modules/catalog/content-import.service';
import { describeStartupError } from './startup-error';

/** `npm run content:import`: imports the course files into the configured database, whether empty or not. */
async function importContent(): Promise<void> {
  const config = loadConfig();
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const database = await resolveDatabaseTarget(config, log);
  try {
    const app = await NestFactory.createApplicationContext(
      AppModule.register(config, database.uri, { serveHttp: false }),
      { logger: ['error'] },
    );
    try {
      const report = await app.get(ContentImportService).importAll(config.contentDir);
      log(
        `imported ${report.courses} course(s), ${report.lessons} lesson(s) from ${config.contentDir}: ` +
          `${report.coursesChanged} course(s) and ${report.lessonsChanged} lesson(s) changed, ` +
          `${report.lessonsArchived} lesson(s) and ${report.coursesArchived} course(s) archived`,
      );
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}

importContent().catch((error: unknown) => {
  process.stderr.write(`content:import failed: ${describeStartupError(error)}\n`);
  process.exit(1);
});
