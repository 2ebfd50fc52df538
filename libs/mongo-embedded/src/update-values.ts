import { Decimal128, type Document } from 'bson';
import { equalValues, numericValue } from './bson-order';
import { asDouble, isDouble } from './bson-values';
import { MongoError } from './errors';
import { renderValue } from './keys';
import { bsonQuery } from './mingo-context';

/** Path walking and per-value rules of update operators, as mongod applies them. */

/**
 * The parent object of a plain dotted path, created on the way for creating operators; refuses
 * to go through an array by name or through a scalar, as mongod does (code 28 PathNotViable).
 */
export function parentOf(
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

export function isBsonValue(v: unknown): boolean {
  return !!v && typeof v === 'object' && '_bsontype' in v;
}

function notViable(field: string, parentField: string | undefined, value: unknown): MongoError {
  return new MongoError(
    28,
    'PathNotViable',
    `Cannot create field '${field}' in element {${parentField ?? ''}: ${renderValue(value)}}`,
  );
}

export function setAt(parent: Document | unknown[], key: string, value: unknown): void {
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
export function arithmetic(
  op: string,
  current: unknown,
  operand: unknown,
  path: string,
  doc: Document,
): unknown {
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

export function pullMatcher(cond: unknown): (el: unknown) => boolean {
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
