import mongoose from 'mongoose';
import { type AppConfig } from '../config/env';

export interface DatabaseTarget {
  uri: string;
  embedded: boolean;
  /** Stops the embedded server (no-op for an external MongoDB). */
  stop(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {}

/** Uses MONGODB_URI when set; the embedded server will take over when it is unset (issue 3). */
export async function resolveDatabaseTarget(
  config: AppConfig,
  _log: (line: string) => void,
): Promise<DatabaseTarget> {
  if (config.mongodbUri) {
    await assertReachable(config.mongodbUri);
    return { uri: config.mongodbUri, embedded: false, stop: async () => undefined };
  }
  // The embedded server (libs/mongo-embedded) has its storage engine but not yet its wire-protocol
  // listener, so for now a MongoDB must be configured.
  throw new DatabaseUnavailableError(
    'MONGODB_URI is not set and the embedded MongoDB-compatible server is not available yet; set MONGODB_URI to a MongoDB (see README)',
  );
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
