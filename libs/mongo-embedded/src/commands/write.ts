import type { Document } from 'bson';
import { Collection } from '../collection';
import { refuseCollation } from '../collection-options';
import { MongoError, asMongoError } from '../errors';
import { runDelete, runUpdate } from '../write-ops';
import {
  collectionName,
  optionalDoc,
  requiredArray,
  toNumber,
  type CommandContext,
  type CommandHandler,
} from './context';
import { project } from './projection';

/**
 * Runs each item of a bulk write; an error is recorded per item, and an ordered batch stops at
 * the first one — the way mongod answers with `writeErrors`.
 */
function eachItem(
  items: Document[],
  ordered: boolean,
  run: (item: Document, index: number) => void,
): Document[] {
  const writeErrors: Document[] = [];
  for (let i = 0; i < items.length; i++) {
    try {
      run(items[i], i);
    } catch (err) {
      writeErrors.push(asMongoError(err).toWriteError(i));
      if (ordered) break;
    }
  }
  return writeErrors;
}

async function finish(ctx: CommandContext, reply: Document, writeErrors: Document[]): Promise<Document> {
  await ctx.store.commit();
  if (writeErrors.length) reply.writeErrors = writeErrors;
  reply.ok = 1;
  return reply;
}

const insert: CommandHandler = async (cmd, db, ctx) => {
  const name = collectionName(cmd, 'insert');
  const docs = requiredArray(cmd, 'documents');
  const coll = ctx.store.getOrCreate(db, name);
  let n = 0;
  const writeErrors = eachItem(docs, cmd.ordered !== false, (raw) => {
    coll.insert(Collection.prepare(raw));
    n++;
  });
  return finish(ctx, { n }, writeErrors);
};

const update: CommandHandler = async (cmd, db, ctx) => {
  const name = collectionName(cmd, 'update');
  const statements = requiredArray(cmd, 'updates');
  let n = 0;
  let nModified = 0;
  const upserted: Document[] = [];
  const writeErrors = eachItem(statements, cmd.ordered !== false, (stmt, index) => {
    refuseCollation(stmt.collation);
    if (stmt.u === undefined)
      throw new MongoError(
        40414,
        'Location40414',
        "BSON field 'update.updates.u' is missing but a required field",
      );
    const existing = ctx.store.get(db, name);
    if (!existing && !stmt.upsert) return;
    const coll = existing ?? ctx.store.getOrCreate(db, name);
    const out = runUpdate(coll, {
      q: stmt.q,
      u: stmt.u,
      upsert: stmt.upsert,
      multi: stmt.multi,
      arrayFilters: stmt.arrayFilters,
    });
    n += out.matched;
    nModified += out.modified;
    if (out.upsertedId !== undefined) {
      n++;
      upserted.push({ index, _id: out.upsertedId });
    }
  });
  const reply: Document = { n, nModified };
  if (upserted.length) reply.upserted = upserted;
  return finish(ctx, reply, writeErrors);
};

const remove: CommandHandler = async (cmd, db, ctx) => {
  const name = collectionName(cmd, 'delete');
  const statements = requiredArray(cmd, 'deletes');
  let n = 0;
  const writeErrors = eachItem(statements, cmd.ordered !== false, (stmt) => {
    refuseCollation(stmt.collation);
    const limit = toNumber(stmt.limit);
    if (limit !== 0 && limit !== 1)
      throw new MongoError(
        9,
        'FailedToParse',
        `The limit field in delete objects must be 0 or 1. Got ${limit}`,
      );
    const coll = ctx.store.get(db, name);
    if (coll) n += runDelete(coll, (stmt.q as Document) ?? {}, limit).length;
  });
  return finish(ctx, { n }, writeErrors);
};

const findAndModify: CommandHandler = async (cmd, db, ctx) => {
  const name = collectionName(cmd, cmd.findAndModify !== undefined ? 'findAndModify' : 'findandmodify');
  const query = optionalDoc(cmd, 'query') ?? {};
  const sort = optionalDoc(cmd, 'sort');
  const fields = optionalDoc(cmd, 'fields');
  if (cmd.remove === true) {
    if (cmd.update !== undefined)
      throw new MongoError(9, 'FailedToParse', 'Cannot specify both an update and remove=true');
    const coll = ctx.store.get(db, name);
    const [gone] = coll ? runDelete(coll, query, 1, sort) : [];
    await ctx.store.commit();
    return { lastErrorObject: { n: gone ? 1 : 0 }, value: gone ? project(gone, fields, query) : null, ok: 1 };
  }
  if (cmd.update === undefined)
    throw new MongoError(9, 'FailedToParse', 'Either an update or remove=true must be specified');
  const existing = ctx.store.get(db, name);
  if (!existing && !cmd.upsert)
    return { lastErrorObject: { n: 0, updatedExisting: false }, value: null, ok: 1 };
  const coll = existing ?? ctx.store.getOrCreate(db, name);
  const out = runUpdate(coll, {
    q: query,
    u: cmd.update as Document,
    upsert: cmd.upsert === true,
    arrayFilters: cmd.arrayFilters as Document[] | undefined,
    sort,
  });
  await ctx.store.commit();
  const lastErrorObject: Document = {
    n: out.matched || (out.upsertedId !== undefined ? 1 : 0),
    updatedExisting: out.matched > 0,
  };
  if (out.upsertedId !== undefined) lastErrorObject.upserted = out.upsertedId;
  const chosen = cmd.new === true ? out.after : out.before;
  return { lastErrorObject, value: chosen ? project(chosen, fields, query) : null, ok: 1 };
};

export const writeCommands: Record<string, CommandHandler> = {
  insert,
  update,
  delete: remove,
  findAndModify,
  findandmodify: findAndModify,
};
