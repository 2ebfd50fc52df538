import { MongoError } from '../errors';
import type { ServerParameters } from '../parameters';
import { describeType, type CommandHandler } from './context';

const FEATURE_COMPATIBILITY = { version: '7.0' };

function adminOnly(command: string, db: string): void {
  if (db !== 'admin')
    throw new MongoError(13, 'Unauthorized', `${command} may only be run against the admin database.`);
}

/** Every parameter this server knows, read fresh (setParameter changes them at run time). */
function known(parameters: ServerParameters): Record<string, unknown> {
  return { featureCompatibilityVersion: FEATURE_COMPATIBILITY, notablescan: parameters.notablescan };
}

const getParameter: CommandHandler = (cmd, db, ctx) => {
  adminOnly('getParameter', db);
  const all = known(ctx.store.parameters);
  if (cmd.getParameter === '*') return { ...all, ok: 1 };
  const reply: Record<string, unknown> = {};
  for (const name of Object.keys(cmd)) if (Object.hasOwn(all, name)) reply[name] = all[name];
  if (Object.keys(reply).length === 0) throw new MongoError(72, 'InvalidOptions', 'no option found to get');
  return { ...reply, ok: 1 };
};

function toBool(name: string, v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number' || typeof v === 'bigint') return Number(v) !== 0;
  throw new MongoError(
    2,
    'BadValue',
    `Invalid value for parameter ${name}: a ${describeType(v)} is not a bool`,
  );
}

const COMMAND_FIELDS = new Set(['setParameter', '$db', 'lsid', '$clusterTime', '$readPreference', 'comment']);

const setParameter: CommandHandler = (cmd, db, ctx) => {
  adminOnly('setParameter', db);
  const names = Object.keys(cmd).filter((k) => !COMMAND_FIELDS.has(k));
  if (names.length === 0)
    throw new MongoError(72, 'InvalidOptions', 'no option found to set, use help:true to see options ');
  const reply: Record<string, unknown> = {};
  for (const name of names) {
    if (name !== 'notablescan')
      throw new MongoError(
        72,
        'InvalidOptions',
        `attempted to set unrecognized parameter [${name}], use help:true to see options `,
      );
    reply.was = ctx.store.parameters.notablescan;
    ctx.store.parameters.notablescan = toBool(name, cmd[name]);
  }
  return { ...reply, ok: 1 };
};

export const parameterCommands: Record<string, CommandHandler> = { getParameter, setParameter };
