import type { Document } from 'bson';
import { MAX_BSON_BYTES, MAX_MESSAGE_BYTES } from '../wire';
import type { CommandHandler } from './context';

export const SERVER_VERSION = '7.0.0';
/** MongoDB 7.0's wire version; the 7.x driver refuses servers below 8. */
export const MAX_WIRE_VERSION = 21;

const hello: CommandHandler = (cmd, _db, ctx) => {
  const reply: Document = {
    isWritablePrimary: true,
    maxBsonObjectSize: MAX_BSON_BYTES,
    maxMessageSizeBytes: MAX_MESSAGE_BYTES,
    maxWriteBatchSize: 100_000,
    localTime: new Date(),
    logicalSessionTimeoutMinutes: 30,
    connectionId: ctx.connectionId,
    minWireVersion: 0,
    maxWireVersion: MAX_WIRE_VERSION,
    readOnly: false,
    ok: 1,
  };
  // Legacy handshakes (isMaster / ismaster) expect the old field name as well.
  if (!('hello' in cmd)) reply.ismaster = true;
  if (cmd.helloOk === true) reply.helloOk = true;
  return reply;
};

const buildInfo: CommandHandler = () => ({
  version: SERVER_VERSION,
  versionArray: [7, 0, 0, 0],
  gitVersion: 'punte-embedded',
  bits: 64,
  debug: false,
  maxBsonObjectSize: MAX_BSON_BYTES,
  storageEngines: ['punte-journal'],
  ok: 1,
});

const serverStatus: CommandHandler = (_cmd, _db, ctx) => ({
  host: '127.0.0.1',
  version: SERVER_VERSION,
  process: 'punte-mongo-embedded',
  pid: process.pid,
  uptime: Math.floor((Date.now() - ctx.startedAt) / 1000),
  uptimeMillis: Date.now() - ctx.startedAt,
  localTime: new Date(),
  storageEngine: { name: 'punte-journal', persistent: ctx.store.durable },
  ok: 1,
});

const ok: CommandHandler = () => ({ ok: 1 });

export const serverInfoCommands: Record<string, CommandHandler> = {
  hello,
  isMaster: hello,
  ismaster: hello,
  ping: ok,
  buildInfo,
  buildinfo: buildInfo,
  serverStatus,
  hostInfo: () => ({ system: { hostname: '127.0.0.1' }, os: { type: process.platform }, ok: 1 }),
  getCmdLineOpts: () => ({ argv: process.argv, parsed: {}, ok: 1 }),
  connectionStatus: () => ({ authInfo: { authenticatedUsers: [], authenticatedUserRoles: [] }, ok: 1 }),
  whatsmyuri: (_cmd, _db, ctx) => ({ you: `127.0.0.1:${ctx.connectionId}`, ok: 1 }),
  endSessions: ok,
  killSessions: ok,
  refreshSessions: ok,
};
