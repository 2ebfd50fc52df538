import { Decimal128, serialize, type Document } from 'bson';
import { update as mingoUpdate } from 'mingo/updater';
import { compareValues, equalValues, numericValue } from './bson-order';
import { asDouble, forMingo, isDouble, plainNumbers, readBson } from './bson-values';
import { MongoError } from './errors';
import { keyOf, renderValue } from './keys';
import { MINGO_OPTIONS, bsonQuery, runMingoPipeline } from './mingo-context';

const OPERATORS = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$rename',
  '$push',
  '$addToSet',
  '$pop',
  '$pull',
  '$pullAll',
  '$bit',
  '$currentDate',
  '$setOnInsert',
]);
/** Operators that create the path they name when it is missing. */
const CREATING = new Set([
  '$set',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$push',
  '$addToSet',
  '$currentDate',
  '$bit',
]);

interface Entry {
  op: string;
  path: string;
  value: unknown;
}

export function clone(doc: Document): Document {
  return readBson(serialize(doc));
}

export function isOperatorUpdate(u: unknown): boolean {
  return !!u && typeof u === 'object' && !Array.isArray(u) && Object.keys(u).some((k) => k.startsWith('$'));
}

const isPositional = (path: string): boolean => path.split('.').some((p) => p.startsWith('$'));

function entriesOf(u: Document): Entry[] {
  const out: Entry[] = [];
  for (const [op, fields] of Object.entries(u)) {
    if (!OPERATORS.has(op))
      throw new MongoError(
        9,
        'FailedToParse',
        `Unknown modifier: ${op}. Expected a valid update modifier or pipeline-style update specified as an array`,
      );
    if (!fields || typeof fields !== 'object' || Array.isArray(fields))
      throw new MongoError(
        9,
        'FailedToParse',
        `Modifiers operate on fields but we found type ${Array.isArray(fields) ? 'array' : typeof fields} instead.`,
      );
    for (const [path, value] of Object.entries(fields as Document)) out.push({ op, path, value });
  }
  return out;
}

/** mongod refuses two operations on one path or on a path and its prefix (code 40). */
function checkConflicts(entries: Entry[]): void {
  const paths = entries.flatMap((e) => (e.op === '$rename' ? [e.path, String(e.value)] : [e.path]));
  for (let i = 0; i < paths.length; i++) {
    for (let j = 0; j < paths.length; j++) {
      if (i === j) continue;
      const a = paths[i].split('.');
      const b = paths[j].split('.');
      if (a.length <= b.length && a.every((p, k) => p === b[k]) && (a.length < b.length || i < j))
        throw new MongoError(
          40,
          'ConflictingUpdateOperators',
          `Updating the path '${paths[j]}' would create a conflict at '${paths[i]}'`,
        );
    }
  }
}

/** `_id` may be "set" to the value it has (mongoose does it); any change is refused. */
function withoutUnchangedId(entries: Entry[], doc: Document): Entry[] {
  return entries.filter((e) => {
    if (e.path !== '_id' && !e.path.startsWith('_id.')) return true;
    if (e.op === '$set' && e.path === '_id' && keyOf(e.value) === keyOf(doc._id)) return false;
    throw new MongoError(
      66,
      'ImmutableField',
      `Performing an update on the path '${e.path}' would modify the immutable field '_id'`,
    );
  });
}

/**
 * The parent object of a plain dotted path, created on the way for creating operators; refuses
 * to go through an array by name or through a scalar, as mongod does (code 28 PathNotViable).
 */
function parentOf(
  doc: Document,
  path: string,
  create: boolean,
): { parent: Document | unknown[]; key: string } | undefined {
  const parts = path.split('.');
  let cur: Document | unknown[] = doc;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i];
    const isIndex = Array.isArray(cur) && /^\d+$/.test(part);
    if (Array.isArray(cur) && !isIndex) {
      if (!create) return undefined;
      throw notViable(part, parts[i - 1], cur);
    }
    let next = (cur as Record<string, unknown>)[part];
    if (next === undefined || next === null) {
      if (!create) return undefined;
      if (next === null) throw notViable(parts[i + 1], part, null);
      next = {};
      setAt(cur, part, next);
    } else if (typeof next !== 'object' || next instanceof Date || isBsonValue(next)) {
      if (!create) return undefined;
      throw notViable(parts[i + 1], part, next);
    }
    cur = next as Document | unknown[];
  }
  const last = parts[parts.length - 1];
  if (Array.isArray(cur) && !/^\d+$/.test(last)) {
    if (!create) return undefined;
    throw notViable(last, parts[parts.length - 2], cur);
  }
  return { parent: cur, key: last };
}

function isBsonValue(v: unknown): boolean {
  return !!v && typeof v === 'object' && '_bsontype' in v;
}

function notViable(field: string, parentField: string | undefined, value: unknown): MongoError {
  return new MongoError(
    28,
    'PathNotViable',
    `Cannot create field '${field}' in element {${parentField ?? ''}: ${renderValue(value)}}`,
  );
}

function setAt(parent: Document | unknown[], key: string, value: unknown): void {
  if (Array.isArray(parent)) {
    const i = Number(key);
    while (parent.length < i) parent.push(null);
    parent[i] = value;
  } else parent[key] = value;
}

type NumKind = 0 | 1 | 2 | 3; // int, long, double, decimal

function kindOf(v: unknown): NumKind | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) <= 2147483647 ? 0 : 2;
  if (typeof v === 'bigint') return 1;
  if (isDouble(v)) return 2;
  if ((v as { _bsontype?: string } | null)?._bsontype === 'Decimal128') return 3;
  return undefined;
}

/** $inc and $mul with MongoDB's result types: int, then long, then double, then decimal. */
function arithmetic(op: string, current: unknown, operand: unknown, path: string, doc: Document): unknown {
  const name = op === '$inc' ? 'increment' : 'multiply';
  const ko = kindOf(operand);
  if (ko === undefined)
    throw new MongoError(
      14,
      'TypeMismatch',
      `Cannot ${name} with non-numeric argument: {${path}: ${renderValue(operand)}}`,
    );
  const start = current === undefined ? (op === '$inc' ? 0 : 0) : current;
  const kc = kindOf(start);
  if (kc === undefined)
    throw new MongoError(
      14,
      'TypeMismatch',
      `Cannot apply ${op} to a value of non-numeric type. {_id: ${renderValue(doc._id)}} has the field '${path}' of non-numeric type ${typeof start}`,
    );
  const kind = current === undefined && op === '$inc' ? ko : (Math.max(kc, ko) as NumKind);
  const a = numericValue(start)!;
  const b = numericValue(operand)!;
  if (kind === 1) {
    const x = BigInt(a);
    const y = BigInt(b);
    return op === '$inc' ? x + y : x * y;
  }
  const r = op === '$inc' ? Number(a) + Number(b) : Number(a) * Number(b);
  if (kind === 3) return Decimal128.fromString(String(r));
  if (kind === 2) return asDouble(r);
  return Math.abs(r) <= 2147483647 ? r : BigInt(r);
}

function pullMatcher(cond: unknown): (el: unknown) => boolean {
  const isObj =
    !!cond &&
    typeof cond === 'object' &&
    !Array.isArray(cond) &&
    !(cond instanceof Date) &&
    !isBsonValue(cond);
  if (cond instanceof RegExp) return (el) => typeof el === 'string' && cond.test(el);
  if (!isObj) return (el) => equalValues(el, cond);
  const keys = Object.keys(cond as Document);
  const valueOperators =
    keys.length > 0 && keys.every((k) => k.startsWith('$') && !['$and', '$or', '$nor'].includes(k));
  if (valueOperators) {
    const q = bsonQuery({ v: cond });
    return (el) => q.test({ v: el });
  }
  // A document condition is a query on each element (mongoose emits { $or: [...] } here).
  const q = bsonQuery(cond as Document);
  return (el) => !!el && typeof el === 'object' && !Array.isArray(el) && q.test(el as Document);
}

/** One operation on a plain path; false when it is left to mingo. */
function applyOwn(next: Document, e: Entry, original: Document): boolean {
  if (!['$set', '$inc', '$mul', '$min', '$max', '$pull'].includes(e.op)) return false;
  const at = parentOf(next, e.path, CREATING.has(e.op));
  if (!at) return true;
  const current = Array.isArray(at.parent) ? at.parent[Number(at.key)] : (at.parent as Document)[at.key];
  switch (e.op) {
    case '$set':
      setAt(at.parent, at.key, e.value);
      break;
    case '$inc':
    case '$mul':
      setAt(at.parent, at.key, arithmetic(e.op, current, e.value, e.path, original));
      break;
    case '$min':
    case '$max': {
      const order = current === undefined ? 0 : compareValues(e.value, current);
      if (current === undefined || (e.op === '$min' ? order < 0 : order > 0))
        setAt(at.parent, at.key, e.value);
      break;
    }
    case '$pull': {
      if (current === undefined) break;
      if (!Array.isArray(current))
        throw new MongoError(2, 'BadValue', 'Cannot apply $pull to a non-array value');
      const matches = pullMatcher(e.value);
      setAt(
        at.parent,
        at.key,
        current.filter((el) => !matches(el)),
      );
      break;
    }
  }
  return true;
}

const ARITHMETIC = new Set(['$inc', '$mul', '$min', '$max', '$bit']);

/** Applies an operator update to a copy of `doc`, one path at a time, like mongod. */
function applyOperators(doc: Document, u: Document, filter: Document, arrayFilters: Document[]): Document {
  const entries = withoutUnchangedId(entriesOf(u), doc);
  checkConflicts(entries);
  const next = clone(doc);
  for (const e of entries) {
    if (!isPositional(e.path)) {
      if (CREATING.has(e.op)) parentOf(next, e.path, true);
      if (applyOwn(next, e, doc)) continue;
    }
    // Positional paths and the remaining operators: mingo, one path per call so that sibling
    // positional paths (`a.$.x` beside `a.$.y`) are not taken for a conflict.
    const value = ARITHMETIC.has(e.op) ? plainNumbers(e.value) : e.value;
    mingoUpdate(next, { [e.op]: { [e.path]: value } } as never, forMingo(arrayFilters), forMingo(filter), {
      cloneMode: 'none',
      queryOptions: MINGO_OPTIONS,
    });
  }
  return next;
}

/** Puts back whole-numbered doubles that a pipeline saw as plain numbers and left unchanged. */
function restoreDoubles(next: unknown, old: unknown): unknown {
  if (isDouble(old) && typeof next === 'number' && next === old.value) return old;
  if (!next || typeof next !== 'object' || !old || typeof old !== 'object' || isBsonValue(next)) return next;
  const n = next as Record<string, unknown>;
  const o = old as Record<string, unknown>;
  for (const k of Object.keys(n)) if (k in o) n[k] = restoreDoubles(n[k], o[k]);
  return next;
}

/** The document an update document or pipeline makes of `doc`. */
export function updated(
  doc: Document,
  u: Document | Document[],
  filter: Document,
  arrayFilters?: Document[],
): Document {
  if (Array.isArray(u)) {
    const [out] = runMingoPipeline([plainNumbers(clone(doc))], plainNumbers(u));
    return restoreDoubles(out, doc) as Document;
  }
  if (isOperatorUpdate(u)) {
    for (const k of Object.keys(u)) {
      if (!k.startsWith('$'))
        throw new MongoError(
          9,
          'FailedToParse',
          `Unknown modifier: ${k}. Expected a valid update modifier or pipeline-style update specified as an array`,
        );
    }
    return applyOperators(doc, u, filter, arrayFilters ?? []);
  }
  if ('_id' in u && keyOf(u._id) !== keyOf(doc._id))
    throw new MongoError(
      66,
      'ImmutableField',
      `After applying the update, the (immutable) field '_id' was found to have been altered to _id: ${renderValue(u._id)}`,
    );
  const { _id, ...rest } = u;
  void _id;
  return { _id: doc._id, ...rest };
}
