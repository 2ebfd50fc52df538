import type { Document } from 'bson';
import { compareValues, numericValue } from './bson-order';
import { MongoError } from './errors';
import { valuesAt } from './keys';

/** Sorts below null, as an empty array does in MongoDB's sort order. */
const EMPTY = Symbol('empty array');

/**
 * The key a document sorts by on one field: over arrays, the smallest element for an ascending
 * sort and the largest for a descending one, as MongoDB does; numbers of any type by value.
 */
function sortKey(doc: Document, path: string, direction: number): unknown {
  const values = valuesAt(doc, path);
  if (values.length === 0) return hasEmptyArray(doc, path) ? EMPTY : undefined;
  let best = values[0];
  for (const v of values.slice(1)) if (compareValues(v, best) * direction < 0) best = v;
  return best;
}

function hasEmptyArray(doc: Document, path: string): boolean {
  let cur: unknown = doc;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return false;
    cur = (cur as Record<string, unknown>)[part];
  }
  return Array.isArray(cur) && cur.length === 0;
}

function compareKeys(a: unknown, b: unknown): number {
  if (a === EMPTY || b === EMPTY) return a === b ? 0 : a === EMPTY ? -1 : 1;
  return compareValues(a, b);
}

/** A stable sort of documents by a MongoDB sort specification. */
export function sortDocs(docs: Document[], spec: Document): Document[] {
  const fields = Object.entries(spec).map(([path, dir]) => {
    const d = Number(numericValue(dir) ?? NaN);
    if (d !== 1 && d !== -1)
      throw new MongoError(
        15975,
        'Location15975',
        '$sort key ordering must be 1 (for ascending) or -1 (for descending)',
      );
    return { path, dir: d };
  });
  const keyed = docs.map((doc) => ({ doc, keys: fields.map((f) => sortKey(doc, f.path, f.dir)) }));
  keyed.sort((x, y) => {
    for (let i = 0; i < fields.length; i++) {
      const c = compareKeys(x.keys[i], y.keys[i]);
      if (c) return c * fields[i].dir;
    }
    return 0;
  });
  return keyed.map((k) => k.doc);
}
