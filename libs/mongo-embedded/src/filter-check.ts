import type { Document } from 'bson';
import { MongoError } from './errors';

const TOP_LEVEL = new Set(['$and', '$or', '$nor', '$expr', '$where', '$comment', '$jsonSchema', '$text']);
const FIELD_LEVEL = new Set([
  '$eq',
  '$ne',
  '$gt',
  '$gte',
  '$lt',
  '$lte',
  '$in',
  '$nin',
  '$not',
  '$exists',
  '$type',
  '$mod',
  '$regex',
  '$options',
  '$all',
  '$elemMatch',
  '$size',
  '$bitsAllSet',
  '$bitsAnySet',
  '$bitsAllClear',
  '$bitsAnyClear',
]);

function isPlainObject(v: unknown): v is Document {
  return (
    !!v &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    !(v instanceof Date) &&
    !(v instanceof RegExp) &&
    !('_bsontype' in v)
  );
}

/**
 * mingo treats an unknown `$name` as a literal value and quietly matches nothing; mongod
 * refuses the query. Checking operator names keeps a typo from looking like an empty result.
 */
export function checkFilter(filter: Document): void {
  for (const [key, value] of Object.entries(filter)) {
    if (key.startsWith('$')) {
      if (!TOP_LEVEL.has(key)) throw new MongoError(2, 'BadValue', `unknown top level operator: ${key}`);
      if ((key === '$and' || key === '$or' || key === '$nor') && Array.isArray(value))
        value.forEach((f) => checkFilter(f as Document));
      continue;
    }
    if (!isPlainObject(value)) continue;
    const keys = Object.keys(value);
    if (!keys[0]?.startsWith('$')) continue;
    for (const op of keys) {
      if (!FIELD_LEVEL.has(op)) throw new MongoError(2, 'BadValue', `unknown operator: ${op}`);
    }
    if (isPlainObject(value.$elemMatch)) checkFilter(value.$elemMatch);
  }
}
