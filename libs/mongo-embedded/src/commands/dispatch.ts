import type { Document } from 'bson';
import { refuseCollation } from '../collection-options';
import { MongoError, asMongoError } from '../errors';
import { catalogCommands } from './catalog';
import type { CommandContext, CommandHandler } from './context';
import { explainCommands } from './explain';
import { parameterCommands } from './parameters';
import { readCommands } from './read';
import { serverInfoCommands } from './server-info';
import { writeCommands } from './write';

const HANDLERS: Record<string, CommandHandler> = {
  ...serverInfoCommands,
  ...writeCommands,
  ...readCommands,
  ...catalogCommands,
  ...parameterCommands,
  ...explainCommands,
};

const TRANSACTION_FIELDS = ['txnNumber', 'startTransaction', 'autocommit'];

/** Answers one command document; failures become the `{ ok: 0, code, codeName }` reply mongod sends. */
export async function dispatch(cmd: Document, ctx: CommandContext): Promise<Document> {
  const name = Object.keys(cmd)[0];
  try {
    const db = cmd.$db;
    if (typeof db !== 'string' || db === '')
      throw new MongoError(73, 'InvalidNamespace', 'Invalid database name: a command needs a $db field');
    // What a standalone mongod answers; the platform does not use transactions.
    if (
      TRANSACTION_FIELDS.some((f) => f in cmd) ||
      name === 'commitTransaction' ||
      name === 'abortTransaction'
    ) {
      throw new MongoError(
        20,
        'IllegalOperation',
        'Transaction numbers are only allowed on a replica set member or mongos',
      );
    }
    const handler =
      name === undefined ? undefined : Object.hasOwn(HANDLERS, name) ? HANDLERS[name] : undefined;
    if (!handler) throw new MongoError(59, 'CommandNotFound', `no such command: '${name ?? ''}'`);
    refuseCollation(cmd.collation);
    return await handler(cmd, db, ctx);
  } catch (err) {
    return asMongoError(err).toReply();
  }
}
