import type { Document } from 'bson';
import { sameBson } from './bson-values';
import { Collection } from './collection';
import { MongoError } from './errors';
import { checkFilter } from './filter-check';
import { bsonQuery } from './mingo-context';
import { keyOf } from './keys';
import { noTableScanError } from './parameters';
import { planQuery } from './query-plan';
import { sortDocs } from './sort';
import { isOperatorUpdate, updated } from './update';

/** Matching documents in natural order, optionally sorted, limited to `limit` (0 = all). */
export function match(
  coll: Collection | undefined,
  filter: Document = {},
  sort?: Document,
  limit = 0,
): Document[] {
  checkFilter(filter);
  if (!coll) return [];
  refuseTableScan(coll, filter, sort);
  // Building a mingo Query copies its operator tables; an index answers plain equalities alone.
  const exact = coll.exactMatches(filter);
  if (exact) return sortAndLimit(exact, sort, limit);
  if (Object.keys(filter).length === 0 && !sort)
    return limit ? [...take(coll.docs.values(), limit)] : [...coll.docs.values()];
  const q = bsonQuery(filter);
  const out: Document[] = [];
  for (const d of coll.candidates(filter)) {
    if (q.test(d)) {
      out.push(d);
      if (!sort && limit && out.length >= limit) break;
    }
  }
  return sortAndLimit(out, sort, limit);
}

/** Under notablescan, a non-empty filter with no index to answer it fails as it does on mongod. */
export function refuseTableScan(coll: Collection, filter: Document, sort?: Document): void {
  if (!coll.parameters.notablescan || Object.keys(filter).length === 0) return;
  if (!planQuery(coll, filter, sort).indexed) throw noTableScanError(coll.ns, filter, sort);
}

function sortAndLimit(docs: Document[], sort: Document | undefined, limit: number): Document[] {
  if (sort && Object.keys(sort).length) {
    const sorted = sortDocs(docs, sort);
    return limit ? sorted.slice(0, limit) : sorted;
  }
  return limit ? docs.slice(0, limit) : docs;
}

function* take<T>(items: Iterable<T>, n: number): Generator<T> {
  let i = 0;
  for (const item of items) {
    if (i++ >= n) return;
    yield item;
  }
}

/** The document an upsert starts from: the equality fields of the filter. */
export function upsertSeed(filter: Document): Document {
  const seed: Document = {};
  const take = (f: Document): void => {
    for (const [k, v] of Object.entries(f)) {
      if (k === '$and' && Array.isArray(v)) v.forEach((x) => take(x as Document));
      else if (k.startsWith('$')) continue;
      else if (
        v &&
        typeof v === 'object' &&
        !Array.isArray(v) &&
        Object.keys(v).some((x) => x.startsWith('$'))
      ) {
        if ('$eq' in v) setPath(seed, k, (v as Document).$eq);
      } else setPath(seed, k, v);
    }
  };
  take(filter);
  return seed;
}

function setPath(doc: Document, path: string, v: unknown): void {
  const parts = path.split('.');
  let cur = doc;
  for (const p of parts.slice(0, -1)) cur = (cur[p] ??= {}) as Document;
  cur[parts[parts.length - 1]] = v;
}

export interface UpdateOutcome {
  matched: number;
  modified: number;
  upsertedId?: unknown;
  before?: Document;
  after?: Document;
}

/** One update statement (also used by findAndModify); the collection journals what changes. */
export function runUpdate(
  coll: Collection,
  stmt: {
    q?: Document;
    u: Document | Document[];
    upsert?: boolean;
    multi?: boolean;
    arrayFilters?: Document[];
    sort?: Document;
  },
): UpdateOutcome {
  const filter = stmt.q ?? {};
  if (stmt.multi && !Array.isArray(stmt.u) && !isOperatorUpdate(stmt.u)) {
    throw new MongoError(9, 'FailedToParse', 'multi update is not supported for replacement-style update');
  }
  const targets = match(coll, filter, stmt.sort, stmt.multi ? 0 : 1);
  if (targets.length === 0) {
    if (!stmt.upsert) return { matched: 0, modified: 0 };
    const seed = upsertSeed(filter);
    let doc: Document;
    if (Array.isArray(stmt.u)) doc = updated(seed, stmt.u, filter, stmt.arrayFilters);
    else if (isOperatorUpdate(stmt.u)) {
      const rest = withoutSetOnInsert(stmt.u);
      doc = Object.keys(rest).length ? updated(seed, rest, {}, stmt.arrayFilters) : seed;
      const setOnInsert = stmt.u.$setOnInsert as Document | undefined;
      if (setOnInsert) doc = updated(doc, { $set: setOnInsert }, {});
    } else doc = { ...(seed._id !== undefined ? { _id: seed._id } : {}), ...stmt.u };
    doc = Collection.prepare(doc);
    coll.insert(doc);
    return { matched: 0, modified: 0, upsertedId: doc._id, after: doc };
  }
  let modified = 0;
  let before: Document | undefined;
  let after: Document | undefined;
  for (const old of targets) {
    const u = isOperatorUpdate(stmt.u) ? withoutSetOnInsert(stmt.u as Document) : stmt.u;
    const next =
      Object.keys(u).length === 0 ? old : Collection.prepare(updated(old, u, filter, stmt.arrayFilters));
    if (keyOf(next._id) !== keyOf(old._id)) {
      throw new MongoError(
        66,
        'ImmutableField',
        "Performing an update on the path '_id' would modify the immutable field '_id'",
      );
    }
    before ??= old;
    if (sameBson(next, old)) {
      after ??= old;
      continue;
    }
    coll.replace(old, next);
    after ??= next;
    modified++;
  }
  return { matched: targets.length, modified, before, after };
}

function withoutSetOnInsert(u: Document): Document {
  const { $setOnInsert, ...rest } = u;
  void $setOnInsert;
  return rest;
}

export function runDelete(coll: Collection, filter: Document, limit: number, sort?: Document): Document[] {
  const targets = match(coll, filter, sort, limit);
  for (const d of targets) coll.remove(d);
  return targets;
}
