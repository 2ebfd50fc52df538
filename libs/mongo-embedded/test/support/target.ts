import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient, type Db } from 'mongodb';
import { startEmbeddedMongo, type EmbeddedMongo } from '../../src';

/**
 * The database a compatibility spec talks to: a real MongoDB when MONGODB_URI is set (so the
 * same expectations can be checked against mongod), otherwise the embedded server.
 */
export interface Target {
  client: MongoClient;
  db: Db;
  /** True when the embedded server is under test (restart and crash specs need it). */
  embedded: boolean;
  close(): Promise<void>;
}

let counter = 0;

export async function openTarget(label: string): Promise<Target> {
  const dbName = `compat_${label}_${process.pid}_${counter++}`;
  const external = process.env.MONGODB_URI;
  let server: EmbeddedMongo | undefined;
  const uri = external ?? `${(server = await startEmbeddedMongo()).uri}?directConnection=true`;
  const client = await MongoClient.connect(uri, { serverSelectionTimeoutMS: 5000 });
  const db = client.db(dbName);
  return {
    client,
    db,
    embedded: !external,
    close: async () => {
      await db.dropDatabase().catch(() => undefined);
      await client.close();
      await server?.close();
    },
  };
}

/** A fresh data directory, removed by the returned cleanup. */
export function tempDbPath(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'punte-mongo-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function rejection(p: Promise<unknown>): Promise<Record<string, unknown> & Error> {
  try {
    await p;
  } catch (err) {
    return err as Record<string, unknown> & Error;
  }
  throw new Error('expected the operation to fail, but it succeeded');
}
