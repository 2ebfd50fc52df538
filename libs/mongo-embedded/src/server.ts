import * as net from 'node:net';
import type { Document } from 'bson';
import { dispatch } from './commands/dispatch';
import { lockDbPath } from './dbpath-lock';
import type { CommandContext } from './commands/context';
import { Cursors } from './cursors';
import { Store } from './store';
import { Framer, OP_MSG, ProtocolError, encodeReply, parseMessage } from './wire';

export interface EmbeddedMongoOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Where data and journal live; without it the server keeps everything in memory. */
  dbPath?: string;
  /** Journal size that triggers compaction into a snapshot. */
  compactAtBytes?: number;
  logger?: (line: string) => void;
  /**
   * Start with mongod's `notablescan` parameter on: a query whose filter no index can answer
   * fails with code 291 (NoQueryExecutionPlans). `setParameter` can change it at run time.
   */
  notablescan?: boolean;
  /** Seconds between two passes of the TTL monitor, like mongod's `ttlMonitorSleepSecs` (60). */
  ttlMonitorSleepSecs?: number;
}

export interface EmbeddedMongo {
  /** `mongodb://host:port/` — append a database name and options as needed. */
  readonly uri: string;
  readonly port: number;
  readonly host: string;
  /** Stops accepting connections, closes clients, flushes and closes the journal. */
  close(): Promise<void>;
}

const MORE_TO_COME = 2;

/** Starts a MongoDB wire-protocol server on top of the in-memory store and its journal. */
export async function startEmbeddedMongo(options: EmbeddedMongoOptions = {}): Promise<EmbeddedMongo> {
  const log = options.logger ?? (() => undefined);
  const host = options.host ?? '127.0.0.1';
  const unlock = options.dbPath ? lockDbPath(options.dbPath) : () => undefined;
  let store: Store;
  try {
    store = new Store({
      dbPath: options.dbPath,
      compactAtBytes: options.compactAtBytes,
      notablescan: options.notablescan,
      log,
    });
  } catch (err) {
    unlock();
    throw err;
  }
  const cursors = new Cursors();
  const sockets = new Set<net.Socket>();
  const startedAt = Date.now();
  let nextConnectionId = 1;

  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.setNoDelay(true);
    socket.on('close', () => sockets.delete(socket));
    serveConnection(socket, { store, cursors, connectionId: nextConnectionId++, startedAt }, log);
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    await store.close();
    unlock();
    throw err;
  }
  const port = (server.address() as net.AddressInfo).port;
  // mongod's TTL monitor: expired documents are removed in the background, every 60 s by default.
  const ttlMonitor = setInterval(
    () => void store.expire(Date.now()).catch((err: Error) => log(`TTL monitor: ${err.message}`)),
    (options.ttlMonitorSleepSecs ?? 60) * 1000,
  );
  ttlMonitor.unref();
  let closing: Promise<void> | undefined;
  return {
    uri: `mongodb://${host}:${port}/`,
    port,
    host,
    close: () =>
      (closing ??= (async () => {
        clearInterval(ttlMonitor);
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        for (const s of sockets) s.destroy();
        await stopped;
        await store.close();
        unlock();
      })()),
  };
}

/**
 * Reads messages off one socket and answers them in order. A protocol violation closes only
 * this connection, with a logged reason.
 */
function serveConnection(socket: net.Socket, ctx: CommandContext, log: (line: string) => void): void {
  const framer = new Framer();
  let chain = Promise.resolve();
  const fail = (reason: string): void => {
    log(`connection ${ctx.connectionId} closed: ${reason}`);
    socket.destroy();
  };
  socket.on('error', () => socket.destroy());
  socket.on('data', (chunk) => {
    let messages: Buffer[];
    try {
      messages = framer.push(chunk);
    } catch (err) {
      return fail((err as Error).message);
    }
    for (const msg of messages) {
      // Replies keep request order even when a write waits for its journal commit.
      chain = chain
        .then(() => answer(socket, msg, ctx))
        .catch((err: unknown) => fail(err instanceof ProtocolError ? err.message : String(err)));
    }
  });
}

async function answer(socket: net.Socket, msg: Buffer, ctx: CommandContext): Promise<void> {
  if (socket.destroyed) return;
  const request = parseMessage(msg);
  const reply: Document = await dispatch(request.command, ctx);
  const moreToCome = request.opCode === OP_MSG && (msg.readUInt32LE(16) & MORE_TO_COME) !== 0;
  if (!moreToCome && !socket.destroyed) socket.write(encodeReply(request, reply));
}
