import type { Document } from 'bson';
import { calculateObjectSize } from 'bson';
import type { IndexSpec } from '../collection';
import { parseCreateOptions, refuseCollation, refuseIndexType } from '../collection-options';
import { MongoError } from '../errors';
import { collectionName, optionalDoc, requiredArray, type CommandHandler } from './context';
import { filterDocs } from './metadata-filter';

const ID_INDEX = { v: 2, key: { _id: 1 }, name: '_id_' };

function indexDocument(spec: IndexSpec): Document {
  const { name, key, ...options } = spec;
  return { v: 2, key, name, ...options };
}

function defaultIndexName(key: Document): string {
  return Object.entries(key)
    .map(([k, v]) => `${k}_${String(v)}`)
    .join('_');
}

function notFound(db: string, name: string): MongoError {
  return new MongoError(26, 'NamespaceNotFound', `ns does not exist: ${db}.${name}`);
}

const INDEX_OPTIONS = [
  'unique',
  'sparse',
  'partialFilterExpression',
  'expireAfterSeconds',
  'collation',
  'hidden',
] as const;

function toSpec(raw: Document): IndexSpec {
  const key = optionalDoc(raw, 'key');
  if (!key || Object.keys(key).length === 0)
    throw new MongoError(67, 'CannotCreateIndex', "Index spec must contain a non-empty 'key' object");
  refuseIndexType(key);
  refuseCollation(raw.collation);
  const spec: IndexSpec = {
    name: typeof raw.name === 'string' ? raw.name : defaultIndexName(key),
    key: key as IndexSpec['key'],
  };
  for (const opt of INDEX_OPTIONS) if (raw[opt] !== undefined) (spec as unknown as Document)[opt] = raw[opt];
  return spec;
}

function sameSpec(a: IndexSpec, b: IndexSpec): boolean {
  return JSON.stringify(indexDocument(a)) === JSON.stringify(indexDocument(b));
}

const createIndexes: CommandHandler = async (cmd, db, ctx) => {
  const name = collectionName(cmd, 'createIndexes');
  const specs = requiredArray(cmd, 'indexes').map(toSpec);
  const created = !ctx.store.get(db, name);
  const coll = ctx.store.getOrCreate(db, name);
  const before = coll.indexSpecs().length;
  try {
    for (const spec of specs) {
      const existing = coll.indexSpecs().find((s) => s.name === spec.name);
      if (existing && !sameSpec(existing, spec)) {
        throw new MongoError(
          86,
          'IndexKeySpecsConflict',
          `An existing index has the same name as the requested index. When index names are not specified, they are auto generated and can cause conflicts. Please refer to our documentation. Requested index: ${JSON.stringify(indexDocument(spec))}, existing index: ${JSON.stringify(indexDocument(existing))}`,
        );
      }
      const sameKey = coll
        .indexSpecs()
        .find(
          (s) =>
            s.name !== spec.name &&
            JSON.stringify(s.key) === JSON.stringify(spec.key) &&
            !s.partialFilterExpression &&
            !spec.partialFilterExpression,
        );
      if (sameKey) {
        throw new MongoError(
          85,
          'IndexOptionsConflict',
          `Index already exists with a different name: ${sameKey.name}`,
        );
      }
      coll.createIndex(spec);
    }
  } finally {
    await ctx.store.commit();
  }
  const after = coll.indexSpecs().length;
  const reply: Document = {
    numIndexesBefore: before,
    numIndexesAfter: after,
    createdCollectionAutomatically: created,
    ok: 1,
  };
  if (after === before) reply.note = 'all indexes already exist';
  return reply;
};

const listIndexes: CommandHandler = (cmd, db, ctx) => {
  const name = collectionName(cmd, 'listIndexes');
  const coll = ctx.store.get(db, name);
  if (!coll) throw notFound(db, name);
  const cursor = optionalDoc(cmd, 'cursor') ?? {};
  return ctx.cursors.firstBatch(`${db}.${name}`, coll.indexSpecs().map(indexDocument), cursor.batchSize);
};

const dropIndexes: CommandHandler = async (cmd, db, ctx) => {
  const name = collectionName(cmd, 'dropIndexes');
  const coll = ctx.store.get(db, name);
  if (!coll) throw notFound(db, name);
  const nIndexesWas = coll.indexSpecs().length;
  const wanted = cmd.index;
  const specs = coll.indexSpecs().slice(1);
  let names: string[];
  if (wanted === '*') names = specs.map((s) => s.name);
  else if (typeof wanted === 'string') names = [wanted];
  else if (Array.isArray(wanted)) names = wanted as string[];
  else if (wanted && typeof wanted === 'object') {
    const match = specs.find((s) => JSON.stringify(s.key) === JSON.stringify(wanted));
    if (!match)
      throw new MongoError(27, 'IndexNotFound', `can't find index with key: ${JSON.stringify(wanted)}`);
    names = [match.name];
  } else
    throw new MongoError(
      14,
      'TypeMismatch',
      "BSON field 'dropIndexes.index' must be a string, an array of strings or an object",
    );
  if (names.includes('_id_')) throw new MongoError(72, 'InvalidOptions', 'cannot drop _id index');
  const missing = names.find((n) => !specs.some((s) => s.name === n));
  if (missing) throw new MongoError(27, 'IndexNotFound', `index not found with name [${missing}]`);
  for (const n of names) coll.dropIndex(n);
  await ctx.store.commit();
  return { nIndexesWas, ok: 1 };
};

const create: CommandHandler = async (cmd, db, ctx) => {
  const name = collectionName(cmd, 'create');
  const options = parseCreateOptions(cmd);
  if (ctx.store.get(db, name))
    throw new MongoError(48, 'NamespaceExists', `Collection ${db}.${name} already exists.`);
  ctx.store.getOrCreate(db, name, options);
  await ctx.store.commit();
  return { ok: 1 };
};

const drop: CommandHandler = async (cmd, db, ctx) => {
  const name = collectionName(cmd, 'drop');
  const gone = ctx.store.dropColl(db, name);
  await ctx.store.commit();
  // MongoDB 7.0 answers ok for a collection that does not exist.
  return gone ? { ns: `${db}.${name}`, nIndexesWas: gone.indexSpecs().length, ok: 1 } : { ok: 1 };
};

const listCollections: CommandHandler = (cmd, db, ctx) => {
  const entries = ctx.store.collections(db).map((c) =>
    cmd.nameOnly === true
      ? { name: c.name, type: 'collection' }
      : {
          name: c.name,
          type: 'collection',
          options: c.options,
          info: { readOnly: false },
          idIndex: ID_INDEX,
        },
  );
  const cursor = optionalDoc(cmd, 'cursor') ?? {};
  return ctx.cursors.firstBatch(
    `${db}.$cmd.listCollections`,
    filterDocs(entries, optionalDoc(cmd, 'filter')),
    cursor.batchSize,
  );
};

const dropDatabase: CommandHandler = async (_cmd, db, ctx) => {
  ctx.store.dropDb(db);
  await ctx.store.commit();
  return { dropped: db, ok: 1 };
};

function sizeOf(ctx: Parameters<CommandHandler>[2], db: string): number {
  let size = 0;
  for (const c of ctx.store.collections(db)) for (const d of c.docs.values()) size += calculateObjectSize(d);
  return size;
}

const listDatabases: CommandHandler = (cmd, _db, ctx) => {
  const names = ctx.store.databaseNames();
  const databases = names.map((name) =>
    cmd.nameOnly === true
      ? { name }
      : { name, sizeOnDisk: sizeOf(ctx, name), empty: ctx.store.collections(name).length === 0 },
  );
  const listed = filterDocs(databases, optionalDoc(cmd, 'filter'));
  const reply: Document = { databases: listed, ok: 1 };
  if (cmd.nameOnly !== true)
    reply.totalSize = listed.reduce((s, d) => s + ((d.sizeOnDisk as number) ?? 0), 0);
  return reply;
};

const dbStats: CommandHandler = (_cmd, db, ctx) => {
  const colls = ctx.store.collections(db);
  const objects = colls.reduce((n, c) => n + c.docs.size, 0);
  const dataSize = sizeOf(ctx, db);
  return {
    db,
    collections: colls.length,
    views: 0,
    objects,
    dataSize,
    storageSize: dataSize,
    indexes: colls.reduce((n, c) => n + c.indexSpecs().length, 0),
    ok: 1,
  };
};

export const catalogCommands: Record<string, CommandHandler> = {
  createIndexes,
  listIndexes,
  dropIndexes,
  create,
  drop,
  listCollections,
  dropDatabase,
  listDatabases,
  dbStats,
};
