import type { Binary, Decimal128, ObjectId, Timestamp } from 'bson';

type Tagged = { _bsontype?: string; value?: number; sub_type?: number; buffer?: Uint8Array };

/**
 * MongoDB's comparison order of BSON types: all numbers compare by value whatever their type,
 * and the brackets below order values of different kinds.
 */
const BRACKET: Record<string, number> = {
  MinKey: 0,
  null: 1,
  number: 2,
  string: 3,
  object: 4,
  array: 5,
  Binary: 6,
  ObjectId: 7,
  boolean: 8,
  date: 9,
  Timestamp: 10,
  regex: 11,
  MaxKey: 12,
};

export function bracketOf(v: unknown): number {
  if (v === null || v === undefined) return BRACKET.null;
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return BRACKET.number;
    case 'string':
      return BRACKET.string;
    case 'boolean':
      return BRACKET.boolean;
    case 'function':
    case 'object':
    case 'symbol':
    case 'undefined':
      break;
  }
  if (Array.isArray(v)) return BRACKET.array;
  if (v instanceof Date) return BRACKET.date;
  if (v instanceof RegExp) return BRACKET.regex;
  const t = (v as Tagged)._bsontype;
  switch (t) {
    case undefined:
      return BRACKET.object;
    case 'Int32':
    case 'Double':
    case 'Long':
    case 'Decimal128':
      return BRACKET.number;
    case 'BSONSymbol':
      return BRACKET.string;
    case 'BSONRegExp':
      return BRACKET.regex;
    default:
      return BRACKET[t] ?? BRACKET.object;
  }
}

/** The numeric value of any BSON number: a bigint for int64, a JS number otherwise. */
export function numericValue(v: unknown): number | bigint | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  const t = (v as Tagged | null)?._bsontype;
  if (t === 'Int32' || t === 'Double') return (v as Tagged).value;
  if (t === 'Long') return (v as { toBigInt(): bigint }).toBigInt();
  if (t === 'Decimal128') return Number((v as Decimal128).toString());
  return undefined;
}

const sign = (x: number): number => (x < 0 ? -1 : x > 0 ? 1 : 0);

/** Numbers by value, exactly across a double and an int64 (NaN below every other number). */
export function compareNumbers(a: number | bigint, b: number | bigint): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : -1) : 1;
    return sign(a - b);
  }
  const flip = typeof a === 'bigint';
  const n = (flip ? b : a) as number;
  const big = (flip ? a : b) as bigint;
  let out: number;
  if (Number.isNaN(n)) out = -1;
  else if (!Number.isFinite(n)) out = n > 0 ? 1 : -1;
  else {
    const whole = BigInt(Math.trunc(n));
    out = whole !== big ? (whole < big ? -1 : 1) : sign(n - Math.trunc(n));
  }
  return flip ? -out : out;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  return Buffer.compare(
    Buffer.from(a.buffer, a.byteOffset, a.byteLength),
    Buffer.from(b.buffer, b.byteOffset, b.byteLength),
  );
}

function compareObjects(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
    const byType = bracketOf(a[ka[i]]) - bracketOf(b[kb[i]]);
    if (byType) return sign(byType);
    if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
    const byValue = compareValues(a[ka[i]], b[kb[i]]);
    if (byValue) return byValue;
  }
  return sign(ka.length - kb.length);
}

/** MongoDB's total order of two values (whole arrays compared element by element). */
export function compareValues(a: unknown, b: unknown): number {
  const ba = bracketOf(a);
  const bb = bracketOf(b);
  if (ba !== bb) return sign(ba - bb);
  switch (ba) {
    case BRACKET.null:
    case BRACKET.MinKey:
    case BRACKET.MaxKey:
      return 0;
    case BRACKET.number:
      return compareNumbers(numericValue(a)!, numericValue(b)!);
    case BRACKET.string: {
      const sa = String(a);
      const sb = String(b);
      return sa < sb ? -1 : sa > sb ? 1 : 0;
    }
    case BRACKET.boolean:
      return Number(a) - Number(b);
    case BRACKET.date:
      return sign((a as Date).getTime() - (b as Date).getTime());
    case BRACKET.array: {
      const xa = a as unknown[];
      const xb = b as unknown[];
      for (let i = 0; i < Math.min(xa.length, xb.length); i++) {
        const c = compareValues(xa[i], xb[i]);
        if (c) return c;
      }
      return sign(xa.length - xb.length);
    }
    case BRACKET.Binary: {
      // BinData orders by length, then subtype, then bytes.
      const x = a as Binary;
      const y = b as Binary;
      return (
        sign(x.length() - y.length()) || sign(x.sub_type - y.sub_type) || compareBytes(x.buffer, y.buffer)
      );
    }
    case BRACKET.ObjectId:
      return compareBytes((a as ObjectId).id, (b as ObjectId).id);
    case BRACKET.Timestamp:
      return sign(Number((a as Timestamp).toBigInt() - (b as Timestamp).toBigInt()));
    case BRACKET.regex: {
      const ra = a as RegExp;
      const rb = b as RegExp;
      return ra.source < rb.source
        ? -1
        : ra.source > rb.source
          ? 1
          : ra.flags < rb.flags
            ? -1
            : ra.flags > rb.flags
              ? 1
              : 0;
    }
    default:
      return compareObjects(a as Record<string, unknown>, b as Record<string, unknown>);
  }
}

/** MongoDB equality: same bracket and same value (5, 5.0, Long(5) and Decimal128('5') alike). */
export function equalValues(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return compareValues(a, b) === 0;
}

const BSON_TYPE_NAMES: Record<string, string> = {
  Double: 'double',
  Int32: 'int',
  Long: 'long',
  Decimal128: 'decimal',
  ObjectId: 'objectId',
  Binary: 'binData',
  Timestamp: 'timestamp',
  BSONRegExp: 'regex',
  BSONSymbol: 'symbol',
  MinKey: 'minKey',
  MaxKey: 'maxKey',
  DBRef: 'object',
};

/** The BSON type alias MongoDB uses for a value (`$type`, and the `$type` expression). */
export function bsonTypeName(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  switch (typeof v) {
    case 'number':
      return Number.isInteger(v) && v >= -2147483648 && v <= 2147483647 ? 'int' : 'double';
    case 'bigint':
      return 'long';
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'function':
    case 'object':
    case 'symbol':
    case 'undefined':
      break;
  }
  if (Array.isArray(v)) return 'array';
  if (v instanceof Date) return 'date';
  if (v instanceof RegExp) return 'regex';
  const t = (v as { _bsontype?: string; scope?: unknown })._bsontype;
  if (t === 'Code') return (v as { scope?: unknown }).scope ? 'javascriptWithScope' : 'javascript';
  return (t && BSON_TYPE_NAMES[t]) ?? 'object';
}
