import type { Document } from 'bson';
import { MongoError } from '../errors';
import { keyOf, valuesAt } from '../keys';
import { match } from '../write-ops';
import { collectionName, optionalDoc, toNumber, type CommandHandler } from './context';
import { explainOne } from './explain';
import { projectAll } from './projection';
import { runPipeline } from './pipeline';

const find: CommandHandler = (cmd, db, ctx) => {
  const name = collectionName(cmd, 'find');
  const filter = optionalDoc(cmd, 'filter') ?? {};
  const sort = optionalDoc(cmd, 'sort');
  const skip = toNumber(cmd.skip);
  const rawLimit = toNumber(cmd.limit);
  if (skip < 0)
    throw new MongoError(
      51024,
      'Location51024',
      `BSON field 'skip' value must be >= 0, actual value '${skip}'`,
    );
  if (rawLimit < 0)
    throw new MongoError(
      51024,
      'Location51024',
      `BSON field 'limit' value must be >= 0, actual value '${rawLimit}'`,
    );
  const coll = ctx.store.get(db, name);
  const matched = match(coll, filter, sort, rawLimit ? skip + rawLimit : 0);
  const page = matched.slice(skip, rawLimit ? skip + rawLimit : undefined);
  const docs = projectAll(page, optionalDoc(cmd, 'projection'), filter);
  return ctx.cursors.firstBatch(`${db}.${name}`, docs, cmd.batchSize, cmd.singleBatch === true);
};

const getMore: CommandHandler = (cmd, db, ctx) => {
  const id = typeof cmd.getMore === 'bigint' ? cmd.getMore : BigInt(toNumber(cmd.getMore));
  const reply = ctx.cursors.getMore(id, cmd.batchSize);
  if (!reply) throw new MongoError(43, 'CursorNotFound', `cursor id ${id} not found`);
  return reply;
};

const killCursors: CommandHandler = (cmd, _db, ctx) => {
  const ids = (Array.isArray(cmd.cursors) ? cmd.cursors : []).map((v: unknown) =>
    typeof v === 'bigint' ? v : BigInt(toNumber(v)),
  );
  const { killed, notFound } = ctx.cursors.kill(ids);
  return { cursorsKilled: killed, cursorsNotFound: notFound, cursorsAlive: [], cursorsUnknown: [], ok: 1 };
};

const aggregate: CommandHandler = async (cmd, db, ctx) => {
  if (!Array.isArray(cmd.pipeline))
    throw new MongoError(14, 'TypeMismatch', "'pipeline' option must be specified as an array");
  if (cmd.explain !== true && !optionalDoc(cmd, 'cursor')) {
    throw new MongoError(
      9,
      'FailedToParse',
      "The 'cursor' option is required, except for aggregate with the explain argument",
    );
  }
  const name = cmd.aggregate === 1 ? undefined : collectionName(cmd, 'aggregate');
  if (cmd.explain === true) return explainOne(withoutExplain(cmd), db, 'queryPlanner', ctx);
  const docs = await runPipeline(ctx.store, db, name, cmd.pipeline as Document[]);
  const cursor = optionalDoc(cmd, 'cursor') ?? {};
  return ctx.cursors.firstBatch(`${db}.${name ?? '$cmd.aggregate'}`, docs, cursor.batchSize);
};

const count: CommandHandler = (cmd, db, ctx) => {
  const name = collectionName(cmd, 'count');
  const coll = ctx.store.get(db, name);
  const query = optionalDoc(cmd, 'query') ?? {};
  const skip = toNumber(cmd.skip);
  const limit = Math.abs(toNumber(cmd.limit));
  let n = Object.keys(query).length === 0 ? (coll?.docs.size ?? 0) : match(coll, query).length;
  n = Math.max(0, n - skip);
  if (limit) n = Math.min(n, limit);
  return { n, ok: 1 };
};

const distinct: CommandHandler = (cmd, db, ctx) => {
  const name = collectionName(cmd, 'distinct');
  if (typeof cmd.key !== 'string')
    throw new MongoError(14, 'TypeMismatch', "BSON field 'distinct.key' is missing or not a string");
  const seen = new Map<string, unknown>();
  for (const doc of match(ctx.store.get(db, name), optionalDoc(cmd, 'query') ?? {})) {
    // Like mongod: a dotted path goes through arrays of sub-documents, and the elements of an
    // array it reaches count as separate values.
    for (const x of valuesAt(doc, cmd.key)) if (x !== undefined && !seen.has(keyOf(x))) seen.set(keyOf(x), x);
  }
  return { values: [...seen.values()], ok: 1 };
};

function withoutExplain(cmd: Document): Document {
  const { explain, ...rest } = cmd;
  void explain;
  return rest;
}

export const readCommands: Record<string, CommandHandler> = {
  find,
  getMore,
  killCursors,
  aggregate,
  count,
  distinct,
};
