import { join } from 'node:path';
import { startEmbeddedMongo } from '@punte/mongo-embedded';
import mongoose from 'mongoose';
import { type AppConfig } from '../config/env';

export interface DatabaseTarget {
  uri: string;
  embedded: boolean;
  /** Stops the embedded server (no-op for an external MongoDB). */
  stop(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {}

/**
 * Uses MONGODB_URI when set; otherwise starts the embedded MongoDB-compatible server in this
 * process with its data under DATA_DIR/db, so a fresh clone runs with nothing installed.
 */
export async function resolveDatabaseTarget(
  config: AppConfig,
  log: (line: string) => void,
): Promise<DatabaseTarget> {
  if (config.mongodbUri) {
    await assertReachable(config.mongodbUri);
    return { uri: config.mongodbUri, embedded: false, stop: async () => undefined };
  }
  const dbPath = join(config.dataDir, 'db');
  let server;
  try {
    server = await startEmbeddedMongo({
      port: 0,
      dbPath,
      logger: (line) => log(`embedded database: ${line}`),
    });
  } catch (error) {
    throw new DatabaseUnavailableError(
      `cannot start the embedded database in ${dbPath}: ${(error as Error).message}`,
    );
  }
  log(`MONGODB_URI is not set: using the embedded MongoDB-compatible server, data in ${dbPath}`);
  return { uri: `${server.uri}punte?directConnection=true`, embedded: true, stop: () => server.close() };
}

async function assertReachable(uri: string): Promise<void> {
  const probe = mongoose.createConnection(uri, { serverSelectionTimeoutMS: 5000 });
  try {
    await probe.asPromise();
    await probe.db?.admin().ping();
  } catch (error) {
    throw new DatabaseUnavailableError(`cannot reach MongoDB at ${redact(uri)}: ${(error as Error).message}`);
  } finally {
    await probe.close().catch(() => undefined);
  }
}

/** Never print credentials from a connection string. */
export function redact(uri: string): string {
  return uri.replace(/\/\/([^@/]*)@/, '//***@');
}
