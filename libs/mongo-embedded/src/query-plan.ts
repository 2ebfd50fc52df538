import type { Document } from 'bson';
import type { IndexSpec } from './collection';
import { isDouble } from './bson-values';
import { keyOf } from './keys';

/**
 * The access path mongod's query planner would choose for a filter: one plan shape serves both
 * `explain` and the no-table-scan mode, so what explain shows is exactly what notablescan checks.
 * It describes mongod's choice, not how this server executes the query (that is collection.ts).
 */
export interface QueryPlan {
  /** The winning plan, shaped like mongod 7.0's classic-engine explain. */
  winningPlan: Document;
  /** False when only a full collection scan could answer the filter. */
  indexed: boolean;
}

export interface PlannedCollection {
  indexSpecs(): IndexSpec[];
  isMultikey(indexName: string): boolean;
}

const INDEXABLE_OPS = new Set([
  '$eq',
  '$in',
  '$gt',
  '$gte',
  '$lt',
  '$lte',
  '$regex',
  '$exists',
  '$type',
  '$elemMatch',
  '$all',
  '$mod',
  '$ne',
  '$nin',
  '$not',
  '$bitsAllSet',
  '$bitsAnySet',
  '$bitsAllClear',
  '$bitsAnyClear',
]);

/** Operators whose matches may lack the field, which a sparse index does not hold. */
const MATCHES_MISSING = new Set(['$ne', '$nin', '$not']);

function isOperatorObject(v: unknown): v is Document {
  if (!v || typeof v !== 'object' || Array.isArray(v) || v instanceof Date || v instanceof RegExp)
    return false;
  if ('_bsontype' in v) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys[0].startsWith('$');
}

/** Whether a condition on a field can be answered by an index whose leading field it is. */
function indexableCondition(cond: unknown, spec: IndexSpec): boolean {
  const sparse = spec.sparse === true;
  if (!isOperatorObject(cond)) return !(sparse && (cond === null || cond === undefined));
  const ops = Object.keys(cond);
  if (!ops.some((op) => INDEXABLE_OPS.has(op))) return false;
  if (sparse) {
    if (ops.some((op) => MATCHES_MISSING.has(op))) return false;
    if (cond.$exists === false || cond.$eq === null) return false;
    if (Array.isArray(cond.$in) && cond.$in.includes(null)) return false;
  }
  return true;
}

/** Top-level field conditions of a filter, with `$and` flattened the way the planner does. */
function conjuncts(filter: Document): { fields: [string, unknown][]; ors: Document[][] } {
  const fields: [string, unknown][] = [];
  const ors: Document[][] = [];
  const walk = (f: Document): void => {
    for (const [k, v] of Object.entries(f)) {
      if (k === '$and' && Array.isArray(v)) v.forEach((x) => walk(x as Document));
      else if (k === '$or' && Array.isArray(v)) ors.push(v as Document[]);
      else if (!k.startsWith('$')) fields.push([k, v]);
    }
  };
  walk(filter);
  return { fields, ors };
}

/** A partial index serves a query only when the query implies its filter expression. */
function impliesPartial(fields: [string, unknown][], partial: Document): boolean {
  return Object.entries(partial).every(([pk, pv]) =>
    fields.some(([k, v]) => {
      if (k !== pk) return false;
      if (keyOf(v) === keyOf(pv)) return true;
      // { f: { $exists: true } } is implied by an equality on f with a value.
      const existsOnly = isOperatorObject(pv) && Object.keys(pv).length === 1 && pv.$exists === true;
      return existsOnly && !isOperatorObject(v) && v !== null && v !== undefined;
    }),
  );
}

function usableIndexes(coll: PlannedCollection, fields: [string, unknown][]): IndexSpec[] {
  return coll.indexSpecs().filter((s) => {
    const extra = s as IndexSpec & { hidden?: boolean };
    if (extra.hidden || s.collation) return false;
    if (Object.values(s.key).some((dir) => typeof dir === 'string')) return false; // text, 2dsphere, hashed
    return !s.partialFilterExpression || impliesPartial(fields, s.partialFilterExpression);
  });
}

function describeValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v instanceof Date) return `new Date(${v.getTime()})`;
  if (v === null) return 'null';
  // An int prints as 1, a double as 1.0 (a whole double is kept as a bson Double).
  if (isDouble(v)) return Number.isInteger(v.value) ? `${v.value}.0` : String(v.value);
  if ((v as { _bsontype?: string } | undefined)?._bsontype === 'ObjectId') return `ObjectId('${String(v)}')`;
  return String(v);
}

/** mongod's indexBounds notation for the leading field (`[1.0, 1.0]`, `(5.0, inf.0]`). */
function boundsOf(cond: unknown): string[] {
  const all = ['[MinKey, MaxKey]'];
  if (!isOperatorObject(cond)) {
    if (cond instanceof RegExp || Array.isArray(cond) || (cond && typeof cond === 'object')) return all;
    return [`[${describeValue(cond)}, ${describeValue(cond)}]`];
  }
  if ('$eq' in cond && !isOperatorObject(cond.$eq)) return boundsOf(cond.$eq);
  if (Array.isArray(cond.$in)) return cond.$in.flatMap((v: unknown) => boundsOf(v));
  const low = '$gt' in cond ? ['(', cond.$gt] : '$gte' in cond ? ['[', cond.$gte] : undefined;
  const high = '$lt' in cond ? [cond.$lt, ')'] : '$lte' in cond ? [cond.$lte, ']'] : undefined;
  if (!low && !high) return all;
  const numeric = typeof (low?.[1] ?? high?.[0]) === 'number';
  const from = low ? `${low[0]}${describeValue(low[1])}` : numeric ? '[-inf.0' : '[MinKey';
  const to = high ? `${describeValue(high[0])}${high[1]}` : numeric ? 'inf.0]' : 'MaxKey]';
  return [`${from}, ${to}`];
}

function ixscan(coll: PlannedCollection, spec: IndexSpec, cond: unknown): Document {
  const fields = Object.keys(spec.key);
  const multikey = coll.isMultikey(spec.name);
  const indexBounds: Document = {};
  fields.forEach((f, i) => (indexBounds[f] = i === 0 ? boundsOf(cond) : ['[MinKey, MaxKey]']));
  return {
    stage: 'IXSCAN',
    keyPattern: spec.key,
    indexName: spec.name,
    isMultiKey: multikey,
    multiKeyPaths: Object.fromEntries(fields.map((f) => [f, multikey ? [f] : []])),
    isUnique: spec.unique === true || spec.name === '_id_',
    isSparse: spec.sparse === true,
    isPartial: spec.partialFilterExpression !== undefined,
    indexVersion: 2,
    direction: 'forward',
    indexBounds,
  };
}

/** The preferred index for one conjunction: _id, then unique, then an equality, then any. */
function bestScan(coll: PlannedCollection, fields: [string, unknown][]): Document | undefined {
  let best: { rank: number; scan: Document } | undefined;
  for (const spec of usableIndexes(coll, fields)) {
    const lead = Object.keys(spec.key)[0];
    for (const [field, cond] of fields) {
      if (field !== lead || !indexableCondition(cond, spec)) continue;
      const rank =
        (spec.name === '_id_' ? 0 : spec.unique ? 1 : 2) * 2 +
        (isOperatorObject(cond) && !('$eq' in cond) ? 1 : 0);
      if (!best || rank < best.rank) best = { rank, scan: ixscan(coll, spec, cond) };
    }
  }
  return best?.scan;
}

function fetch(input: Document, filter?: Document): Document {
  return filter && Object.keys(filter).length
    ? { stage: 'FETCH', filter, inputStage: input }
    : { stage: 'FETCH', inputStage: input };
}

/** An index whose leading field gives the requested order, scanned whole (mongod does this too). */
function sortScan(coll: PlannedCollection, sort: Document | undefined): Document | undefined {
  const wanted = Object.entries(sort ?? {});
  if (wanted.length === 0) return undefined;
  // mongod's providesSort: the sort is a prefix of the key pattern, read forwards or backwards.
  const provides = (key: IndexSpec['key']): boolean => {
    const keys = Object.entries(key);
    if (keys.length < wanted.length || !wanted.every(([f], i) => keys[i][0] === f)) return false;
    const same = wanted.every(([, d], i) => Number(d) === Number(keys[i][1]));
    const reversed = wanted.every(([, d], i) => Number(d) === -Number(keys[i][1]));
    return same || reversed;
  };
  const spec = usableIndexes(coll, []).find((s) => !s.sparse && provides(s.key));
  return spec && ixscan(coll, spec, undefined);
}

function isIdHack(filter: Document): boolean {
  const keys = Object.keys(filter);
  if (keys.length !== 1 || keys[0] !== '_id') return false;
  const v = filter._id;
  return (
    v !== null &&
    !(v instanceof RegExp) &&
    !Array.isArray(v) &&
    !isOperatorObject(v) &&
    !(typeof v === 'object' && !('_bsontype' in v) && !(v instanceof Date))
  );
}

/** What mongod's planner would run for `filter` (and `sort`) on a collection. */
export function planQuery(coll: PlannedCollection | undefined, filter: Document, sort?: Document): QueryPlan {
  if (!coll) return { winningPlan: { stage: 'EOF' }, indexed: true };
  if (isIdHack(filter)) return { winningPlan: { stage: 'IDHACK' }, indexed: true };
  const { fields, ors } = conjuncts(filter);
  const scan = bestScan(coll, fields);
  if (scan) return { winningPlan: fetch(scan, filter), indexed: true };
  for (const branches of ors) {
    const scans = branches.map((b) => {
      const c = conjuncts(b);
      return c.ors.length ? undefined : bestScan(coll, c.fields);
    });
    if (scans.length && scans.every(Boolean)) {
      return { winningPlan: fetch({ stage: 'OR', inputStages: scans }, filter), indexed: true };
    }
  }
  const bySort = sortScan(coll, sort);
  if (bySort) return { winningPlan: fetch(bySort, filter), indexed: true };
  const collscan: Document = { stage: 'COLLSCAN', direction: 'forward' };
  if (Object.keys(filter).length) collscan.filter = filter;
  return { winningPlan: collscan, indexed: false };
}
