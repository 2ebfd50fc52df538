import type { Document } from 'bson';
import { bsonTypeName, compareValues, equalValues, numericValue } from './bson-order';
import { MongoError } from './errors';

/**
 * MongoDB's `$jsonSchema` (draft 4 with `bsonType`), for collection validators and queries.
 * Keywords mongod does not support either are refused when the schema is compiled.
 */
type Check = (v: unknown) => boolean;

const JSON_TYPES: Record<string, (v: unknown) => boolean> = {
  object: (v) => bsonTypeName(v) === 'object',
  array: Array.isArray,
  string: (v) => typeof v === 'string',
  number: (v) => numericValue(v) !== undefined,
  boolean: (v) => typeof v === 'boolean',
  null: (v) => v === null,
};

function failedToParse(message: string): MongoError {
  return new MongoError(9, 'FailedToParse', message);
}

function typeCheck(spec: unknown, keyword: string, test: (name: string, v: unknown) => boolean): Check {
  const names = Array.isArray(spec) ? spec : [spec];
  if (!names.every((n) => typeof n === 'string'))
    throw failedToParse(`$jsonSchema keyword '${keyword}' must be a string or an array of strings`);
  return (v) => names.some((n) => test(n as string, v));
}

function bsonTypeMatches(name: string, v: unknown): boolean {
  if (name === 'number') return numericValue(v) !== undefined;
  return bsonTypeName(v) === name;
}

const num = (x: unknown): number => Number(numericValue(x) ?? NaN);

function keywordCheck(key: string, value: unknown, schema: Document): Check | undefined {
  switch (key) {
    case 'bsonType':
      return typeCheck(value, key, bsonTypeMatches);
    case 'type':
      return typeCheck(value, key, (n, v) => {
        const test = JSON_TYPES[n];
        if (!test) throw failedToParse(`Unknown type name alias: ${n}`);
        return test(v);
      });
    case 'enum': {
      if (!Array.isArray(value)) throw failedToParse("$jsonSchema keyword 'enum' must be an array");
      return (v) => value.some((x) => equalValues(v, x));
    }
    case 'minimum':
      return (v) =>
        numericValue(v) === undefined ||
        (schema.exclusiveMinimum ? num(v) > num(value) : num(v) >= num(value));
    case 'maximum':
      return (v) =>
        numericValue(v) === undefined ||
        (schema.exclusiveMaximum ? num(v) < num(value) : num(v) <= num(value));
    case 'minLength':
      return (v) => typeof v !== 'string' || [...v].length >= num(value);
    case 'maxLength':
      return (v) => typeof v !== 'string' || [...v].length <= num(value);
    case 'pattern': {
      const re = new RegExp(String(value), 'u');
      return (v) => typeof v !== 'string' || re.test(v);
    }
    case 'minItems':
      return (v) => !Array.isArray(v) || v.length >= num(value);
    case 'maxItems':
      return (v) => !Array.isArray(v) || v.length <= num(value);
    case 'uniqueItems':
      return (v) =>
        !value || !Array.isArray(v) || v.every((x, i) => v.findIndex((y) => compareValues(x, y) === 0) === i);
    case 'items': {
      if (Array.isArray(value)) {
        const checks = value.map((s) => compileSchema(s as Document));
        return (v) => !Array.isArray(v) || checks.every((c, i) => i >= v.length || c(v[i]));
      }
      const each = compileSchema(value as Document);
      return (v) => !Array.isArray(v) || v.every(each);
    }
    case 'required': {
      if (!Array.isArray(value)) throw failedToParse("$jsonSchema keyword 'required' must be an array");
      return (v) => !isObject(v) || value.every((k) => (v as Document)[k as string] !== undefined);
    }
    case 'properties': {
      const props = Object.entries(value as Document).map(
        ([k, s]) => [k, compileSchema(s as Document)] as const,
      );
      return (v) =>
        !isObject(v) || props.every(([k, c]) => (v as Document)[k] === undefined || c((v as Document)[k]));
    }
    case 'additionalProperties': {
      const known = new Set(Object.keys((schema.properties as Document) ?? {}));
      const extra = typeof value === 'boolean' ? () => value : compileSchema(value as Document);
      return (v) => !isObject(v) || Object.entries(v as Document).every(([k, x]) => known.has(k) || extra(x));
    }
    case 'minProperties':
      return (v) => !isObject(v) || Object.keys(v as Document).length >= num(value);
    case 'maxProperties':
      return (v) => !isObject(v) || Object.keys(v as Document).length <= num(value);
    case 'allOf':
    case 'anyOf':
    case 'oneOf': {
      if (!Array.isArray(value)) throw failedToParse(`$jsonSchema keyword '${key}' must be an array`);
      const checks = value.map((s) => compileSchema(s as Document));
      if (key === 'allOf') return (v) => checks.every((c) => c(v));
      if (key === 'anyOf') return (v) => checks.some((c) => c(v));
      return (v) => checks.filter((c) => c(v)).length === 1;
    }
    case 'not': {
      const inner = compileSchema(value as Document);
      return (v) => !inner(v);
    }
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'title':
    case 'description':
      return undefined;
    default:
      throw failedToParse(`$jsonSchema keyword '${key}' is not currently supported`);
  }
}

function isObject(v: unknown): boolean {
  return bsonTypeName(v) === 'object';
}

/** A predicate for a `$jsonSchema` document. */
export function compileSchema(schema: Document): Check {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema))
    throw failedToParse('$jsonSchema must be an object');
  const checks = Object.entries(schema)
    .map(([k, v]) => keywordCheck(k, v, schema))
    .filter((c): c is Check => c !== undefined);
  return (v) => checks.every((c) => c(v));
}
