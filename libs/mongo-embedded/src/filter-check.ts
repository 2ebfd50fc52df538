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

/** The field names of a DBRef, which queries may name like any field (`refs.$id`). */
const DBREF_FIELDS: Record<string, string> = { $ref: 'collection', $id: 'oid', $db: 'db' };

/** What mongod answers for server-side JavaScript when it runs without a script engine. */
function noScripting(): MongoError {
  return new MongoError(6108304, 'Location6108304', 'no globalScriptEngine in $where parsing');
}

function checkCondition(value: unknown): void {
  if (!isPlainObject(value)) return;
  const keys = Object.keys(value);
  if (!keys[0]?.startsWith('$') || keys[0] in DBREF_FIELDS) return;
  for (const op of keys) {
    if (!FIELD_LEVEL.has(op)) throw new MongoError(2, 'BadValue', `unknown operator: ${op}`);
  }
  if (isPlainObject(value.$not)) checkCondition(value.$not);
  if (isPlainObject(value.$elemMatch)) checkElemMatch(value.$elemMatch);
}

/** `$elemMatch` holds either a query on sub-documents or operators on the elements themselves. */
function checkElemMatch(criteria: Document): void {
  const keys = Object.keys(criteria);
  const onValues = keys.some((k) => k.startsWith('$') && !TOP_LEVEL.has(k) && !(k in DBREF_FIELDS));
  if (onValues) checkCondition(criteria);
  else checkFilter(criteria);
}

/**
 * mingo treats an unknown `$name` as a literal value and quietly matches nothing; mongod
 * refuses the query. Checking operator names keeps a typo from looking like an empty result.
 * `$where` is refused in every form: the server runs no JavaScript.
 */
export function checkFilter(filter: Document): void {
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$where') throw noScripting();
    if (key.startsWith('$') && !(key in DBREF_FIELDS)) {
      if (!TOP_LEVEL.has(key)) throw new MongoError(2, 'BadValue', `unknown top level operator: ${key}`);
      if ((key === '$and' || key === '$or' || key === '$nor') && Array.isArray(value))
        value.forEach((f) => checkFilter(f as Document));
      continue;
    }
    checkCondition(value);
  }
}

function hasDbRefKey(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(hasDbRefKey);
  if (!isPlainObject(v)) return false;
  return Object.entries(v).some(
    ([k, x]) => k in DBREF_FIELDS || /\.\$(id|ref|db)(\.|$)/.test(k) || hasDbRefKey(x),
  );
}

function renameDbRefKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(renameDbRefKeys);
  if (!isPlainObject(v)) return v;
  const out: Document = {};
  for (const [k, x] of Object.entries(v)) {
    const name = k
      .split('.')
      .map((part) => DBREF_FIELDS[part] ?? part)
      .join('.');
    out[name] = renameDbRefKeys(x);
  }
  return out;
}

/**
 * Stored DBRefs are bson `DBRef` objects (`collection`, `oid`, `db`), and mingo would read
 * `$id` as an operator: a filter naming DBRef fields is rewritten to those property names.
 */
export function withDbRefFields(filter: Document): Document {
  return hasDbRefKey(filter) ? (renameDbRefKeys(filter) as Document) : filter;
}
