import { Double, Long, deserialize, serialize, type Document } from 'bson';

/**
 * How values live in memory. bson's default decoding turns a whole-numbered double into a JS
 * number, which then goes back out as an int32: a Double(5) would come back as Int32(5). So
 * documents are decoded with `promoteValues: false` and normalized: int32 and fractional
 * doubles become JS numbers (they re-encode as the same type), int64 becomes a bigint, and only
 * a whole-numbered double stays a `Double`. Query operators and sorting understand all of them;
 * `plainNumbers` gives mingo's expression engine JS numbers.
 */
export function readBson(buf: Uint8Array, validateUtf8 = false): Document {
  const doc = deserialize(buf, { promoteValues: false, validation: { utf8: validateUtf8 } });
  return normalize(doc) as Document;
}

type Tagged = { _bsontype?: string; value?: unknown; toBigInt?: () => bigint };

function normalize(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  const t = (v as Tagged)._bsontype;
  if (t === 'Int32') return (v as { value: number }).value;
  if (t === 'Double') {
    const n = (v as { value: number }).value;
    return Number.isInteger(n) ? v : n;
  }
  if (t === 'Long') return (v as Tagged).toBigInt!();
  if (t !== undefined || v instanceof Date || v instanceof RegExp) return v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = normalize(v[i]);
    return v;
  }
  const o = v as Record<string, unknown>;
  for (const k in o) o[k] = normalize(o[k]);
  return o;
}

export function isDouble(v: unknown): v is Double {
  return v !== null && typeof v === 'object' && (v as Tagged)._bsontype === 'Double';
}

/** A copy where whole-numbered doubles are JS numbers, for mingo's expressions and updates. */
export function plainNumbers<T>(v: T): T {
  if (!hasDouble(v)) return v;
  return toPlain(v) as T;
}

function hasDouble(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (isDouble(v)) return true;
  if ((v as Tagged)._bsontype !== undefined || v instanceof Date) return false;
  if (Array.isArray(v)) return v.some(hasDouble);
  for (const k in v as object) if (hasDouble((v as Record<string, unknown>)[k])) return true;
  return false;
}

function toPlain(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (isDouble(v)) return v.value;
  if ((v as Tagged)._bsontype !== undefined || v instanceof Date || v instanceof RegExp) return v;
  if (Array.isArray(v)) return v.map(toPlain);
  const out: Record<string, unknown> = {};
  for (const k in v as object) out[k] = toPlain((v as Record<string, unknown>)[k]);
  return out;
}

/** A double result of arithmetic, kept a double even when it is whole. */
export function asDouble(n: number): number | Double {
  return Number.isInteger(n) ? new Double(n) : n;
}

/**
 * A filter or pipeline as mingo can take it: whole-numbered doubles as numbers, and int64 as
 * bson Longs (mingo JSON-stringifies a query while compiling it, which a bigint cannot survive;
 * the query operators compare Longs by value).
 */
export function forMingo<T>(v: T): T {
  if (!needsMingoForm(v)) return v;
  return toMingoForm(v) as T;
}

function needsMingoForm(v: unknown): boolean {
  if (typeof v === 'bigint') return true;
  if (v === null || typeof v !== 'object') return false;
  if (isDouble(v)) return true;
  if ((v as Tagged)._bsontype !== undefined || v instanceof Date) return false;
  if (Array.isArray(v)) return v.some(needsMingoForm);
  for (const k in v as object) if (needsMingoForm((v as Record<string, unknown>)[k])) return true;
  return false;
}

function toMingoForm(v: unknown): unknown {
  if (typeof v === 'bigint') return Long.fromBigInt(v);
  if (v === null || typeof v !== 'object') return v;
  if (isDouble(v)) return v.value;
  if ((v as Tagged)._bsontype !== undefined || v instanceof Date || v instanceof RegExp) return v;
  if (Array.isArray(v)) return v.map(toMingoForm);
  const out: Record<string, unknown> = {};
  for (const k in v as object) out[k] = toMingoForm((v as Record<string, unknown>)[k]);
  return out;
}

const isPlainContainer = (v: unknown): v is Record<string, unknown> =>
  !!v &&
  typeof v === 'object' &&
  (v as Tagged)._bsontype === undefined &&
  !(v instanceof Date) &&
  !(v instanceof RegExp);

/**
 * Whether two documents encode to the same BSON: field order, types and values. An update shares
 * what it did not change with the stored document, so the walk stops at shared parts at once;
 * only differing leaves that are BSON values of their own are compared by their encoding.
 */
export function sameBson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameBson(x, b[i]));
  }
  if (isPlainContainer(a) && isPlainContainer(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameBson(a[k], b[k]));
  }
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  return Buffer.from(serialize({ v: a })).equals(serialize({ v: b }));
}
