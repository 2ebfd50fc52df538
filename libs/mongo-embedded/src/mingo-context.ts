import type { Binary, Document } from 'bson';
import { Aggregator } from 'mingo/aggregator';
import { Context, ProcessingMode, evalExpr } from 'mingo/core';
import * as accumulatorOperators from 'mingo/operators/accumulator';
import * as expressionOperators from 'mingo/operators/expression';
import * as pipelineOperators from 'mingo/operators/pipeline';
import * as projectionOperators from 'mingo/operators/projection';
import * as queryOperators from 'mingo/operators/query';
import * as windowOperators from 'mingo/operators/window';
import { Query } from 'mingo/query';
import type { ExpressionOperator, Options, QueryOperator } from 'mingo/types';
import { flatten, resolve } from 'mingo/util';
import { bracketOf, bsonTypeName, compareValues, equalValues, numericValue } from './bson-order';
import { forMingo, plainNumbers } from './bson-values';
import { MongoError } from './errors';
import { withDbRefFields } from './filter-check';
import { compileSchema } from './json-schema';

/**
 * mingo's comparison operators compare JS types: a Long never equals 5, Decimal128 and Binary
 * compare by their string form, and `$type` knows no int64, ObjectId or whole-numbered double.
 * These replacements give the query operators MongoDB's BSON semantics; everything else is
 * mingo's own.
 */

const TYPE_CODES: Record<number, string> = {
  1: 'double',
  2: 'string',
  3: 'object',
  4: 'array',
  5: 'binData',
  6: 'undefined',
  7: 'objectId',
  8: 'bool',
  9: 'date',
  10: 'null',
  11: 'regex',
  12: 'dbPointer',
  13: 'javascript',
  14: 'symbol',
  15: 'javascriptWithScope',
  16: 'int',
  17: 'timestamp',
  18: 'long',
  19: 'decimal',
  [-1]: 'minKey',
  127: 'maxKey',
};
const TYPE_NAMES = new Set([...Object.values(TYPE_CODES), 'number']);

function typeAlias(t: unknown): string {
  const n = numericValue(t);
  if (n !== undefined) {
    const name = TYPE_CODES[Number(n)];
    if (!name) throw new MongoError(2, 'BadValue', `Invalid numerical type code: ${String(t)}`);
    return name;
  }
  if (typeof t !== 'string' || !TYPE_NAMES.has(t))
    throw new MongoError(2, 'BadValue', `Unknown type name alias: ${String(t)}`);
  return t;
}

type Predicate = (lhs: unknown, rhs: unknown, depth: number) => boolean;

/** A field operator: resolves the selector (through arrays) and tests the value found. */
function fieldOperator(pred: Predicate, prepare: (rhs: unknown) => unknown = (x) => x): QueryOperator {
  return (selector: string, rhs: unknown, _options: unknown) => {
    void _options;
    const depth = selector.split('.').length - 1;
    const value = prepare(rhs);
    return (obj: Document) => pred(resolve(obj, selector, { unwrapArray: true }), value, depth);
  };
}

function eq(lhs: unknown, rhs: unknown, depth: number): boolean {
  if (equalValues(lhs, rhs)) return true;
  if (!Array.isArray(lhs)) return false;
  return lhs.some((v) => equalValues(v, rhs)) || flatten(lhs, depth).some((v) => equalValues(v, rhs));
}

function comparing(test: (order: number) => boolean): Predicate {
  return (lhs, rhs) => {
    const b = bracketOf(rhs);
    const candidates = Array.isArray(lhs) ? lhs : [lhs];
    return candidates.some((v) => bracketOf(v) === b && test(compareValues(v, rhs)));
  };
}

function inList(lhs: unknown, list: unknown, depth: number): boolean {
  if (!Array.isArray(list)) throw new MongoError(2, 'BadValue', '$in needs an array');
  return list.some((x) =>
    x instanceof RegExp
      ? (Array.isArray(lhs) ? lhs : [lhs]).some((v) => typeof v === 'string' && x.test(v))
      : eq(lhs, x, depth),
  );
}

function elemMatcher(criteria: Document): (v: unknown) => boolean {
  const operatorsOnly = Object.keys(criteria).every(
    (k) => k.startsWith('$') && !['$and', '$or', '$nor'].includes(k),
  );
  const q = new Query(operatorsOnly ? { field: criteria } : criteria, MINGO_OPTIONS);
  return (v) =>
    operatorsOnly ? q.test({ field: v }) : !!v && typeof v === 'object' && q.test(v as Document);
}

function all(lhs: unknown, rhs: unknown, depth: number): boolean {
  if (!Array.isArray(rhs) || rhs.length === 0) return false;
  return rhs.every((x) => {
    if (x && typeof x === 'object' && '$elemMatch' in x) {
      const test = elemMatcher((x as Document).$elemMatch as Document);
      return Array.isArray(lhs) && lhs.some(test);
    }
    if (x instanceof RegExp)
      return (Array.isArray(lhs) ? lhs : [lhs]).some((v) => typeof v === 'string' && x.test(v));
    return eq(lhs, x, depth);
  });
}

function hasType(lhs: unknown, types: unknown): boolean {
  const wanted = (Array.isArray(types) ? types : [types]).map(typeAlias);
  if (Array.isArray(lhs) && wanted.includes('array')) return true;
  const candidates = Array.isArray(lhs) ? lhs : [lhs];
  return candidates.some((v) => {
    if (v === undefined) return false;
    const name = bsonTypeName(v);
    return wanted.includes(name) || (wanted.includes('number') && numericValue(v) !== undefined);
  });
}

/** Bit positions a $bits* operand names: a list, a numeric mask or a BinData mask. */
function bitPositions(mask: unknown): number[] {
  if (Array.isArray(mask)) return mask.map((p) => Number(numericValue(p) ?? p));
  const n = numericValue(mask);
  if (n !== undefined) {
    const big = BigInt.asUintN(64, BigInt(n));
    return Array.from({ length: 64 }, (_, i) => i).filter((i) => (big >> BigInt(i)) & 1n);
  }
  if ((mask as { _bsontype?: string })?._bsontype === 'Binary') {
    const bytes = (mask as Binary).buffer;
    const out: number[] = [];
    bytes.forEach((byte, i) => {
      for (let b = 0; b < 8; b++) if (byte & (1 << b)) out.push(i * 8 + b);
    });
    return out;
  }
  throw new MongoError(
    2,
    'BadValue',
    'a $bits operator needs a bitmask: a number, BinData or array of positions',
  );
}

/** The bit reader of a value, or undefined when it has no bits (not an integer nor BinData). */
function bitsOf(v: unknown): ((pos: number) => boolean) | undefined {
  if ((v as { _bsontype?: string })?._bsontype === 'Binary') {
    const bytes = (v as Binary).buffer;
    return (pos) => pos >> 3 < bytes.length && (bytes[pos >> 3] & (1 << (pos & 7))) !== 0;
  }
  const n = numericValue(v);
  if (n === undefined || (typeof n === 'number' && !Number.isInteger(n))) return undefined;
  const big = BigInt.asUintN(64, BigInt(n));
  return (pos) => (pos >= 64 ? big >> 63n === 1n : ((big >> BigInt(pos)) & 1n) === 1n);
}

function bitwise(check: (positions: number[], bit: (p: number) => boolean) => boolean): QueryOperator {
  return fieldOperator(
    (lhs, positions) =>
      (Array.isArray(lhs) ? lhs : [lhs]).some((v) => {
        const bit = bitsOf(v);
        return !!bit && check(positions as number[], bit);
      }),
    bitPositions,
  );
}

/** `$expr` evaluates mingo expressions, which know JS numbers only: whole doubles are shown as such. */
const expr: QueryOperator = (_selector: string, expression: unknown, options: Options) => {
  const mingoExpr = queryOperators.$expr as unknown as (
    s: string,
    e: unknown,
    o: Options,
  ) => (obj: Document) => boolean;
  const test = mingoExpr('$expr', expression, options);
  return (obj: Document) => test(plainNumbers(obj));
};

const QUERY_OPERATORS: Record<string, QueryOperator> = {
  $expr: expr,
  $eq: fieldOperator(eq),
  $ne: fieldOperator((l, r, d) => !eq(l, r, d)),
  $gt: fieldOperator(comparing((o) => o > 0)),
  $gte: fieldOperator(comparing((o) => o >= 0)),
  $lt: fieldOperator(comparing((o) => o < 0)),
  $lte: fieldOperator(comparing((o) => o <= 0)),
  $in: fieldOperator(inList),
  $nin: fieldOperator((l, r, d) => !inList(l, r, d)),
  $all: fieldOperator(all),
  $type: fieldOperator(hasType),
  $bitsAllSet: bitwise((ps, bit) => ps.every(bit)),
  $bitsAnySet: bitwise((ps, bit) => ps.some(bit)),
  $bitsAllClear: bitwise((ps, bit) => ps.every((p) => !bit(p))),
  $bitsAnyClear: bitwise((ps, bit) => ps.some((p) => !bit(p))),
};

const typeExpression: ExpressionOperator = (obj: unknown, expr: unknown, options: Options) =>
  bsonTypeName(evalExpr(obj, expr, options));
const EXPRESSION_OPERATORS: Record<string, ExpressionOperator> = { $type: typeExpression };

/**
 * Every mingo operator with the replacements above, built once: mingo's own entry points merge
 * contexts on each call, and in that merge the operators already present win over new ones.
 */
export const MINGO_OPTIONS = {
  jsonSchemaValidator: compileSchema,
  // No server-side JavaScript ($function, $accumulator), as on a mongod without a script engine.
  scriptEnabled: false,
  context: Context.init({
    accumulator: accumulatorOperators,
    expression: { ...(expressionOperators as Record<string, ExpressionOperator>), ...EXPRESSION_OPERATORS },
    pipeline: pipelineOperators,
    projection: projectionOperators,
    query: { ...(queryOperators as Record<string, QueryOperator>), ...QUERY_OPERATORS },
    window: windowOperators,
  }),
};

/** A mingo query with MongoDB's BSON comparison semantics. */
export function bsonQuery(filter: Document): Query {
  return new Query(forMingo(withDbRefFields(filter)), MINGO_OPTIONS);
}

/** Runs a pipeline through mingo with the same semantics. */
export function runMingoPipeline(
  docs: Document[],
  pipeline: Document[],
  opts: { cloneInput?: boolean; collectionResolver?: (name: string) => Document[] } = {},
): Document[] {
  return new Aggregator(forMingo(pipeline), {
    ...MINGO_OPTIONS,
    processingMode: opts.cloneInput ? ProcessingMode.CLONE_INPUT : ProcessingMode.CLONE_OFF,
    collectionResolver: opts.collectionResolver,
  }).run(docs) as Document[];
}
