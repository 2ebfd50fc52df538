import type { Document } from 'bson';
import { getPath } from './keys';
import { MongoError } from './errors';
import { bsonQuery } from './mingo-context';

/** A copy of `doc` whose objects along `path` are copies too, so that `path` can be changed. */
export function withPathCopied(
  doc: Document,
  path: string,
): { copy: Document; parent?: Document; key: string } {
  const parts = path.split('.');
  const copy = { ...doc };
  let cur: Document = copy;
  for (const part of parts.slice(0, -1)) {
    const next = cur[part];
    if (!next || typeof next !== 'object' || Array.isArray(next) || '_bsontype' in next)
      return { copy, key: parts[parts.length - 1] };
    cur = cur[part] = { ...(next as Document) };
  }
  return { copy, parent: cur, key: parts[parts.length - 1] };
}

/** Conditions of a filter on one array path, for the positional `path.$`. */
export function conditionsOn(filter: Document, path: string): Document {
  const out: Document = {};
  const walk = (f: Document): void => {
    for (const [k, v] of Object.entries(f)) {
      if (k === '$and' && Array.isArray(v)) v.forEach((x) => walk(x as Document));
      else if (k === path || k.startsWith(`${path}.`)) out[k] = v;
    }
  };
  walk(filter);
  return out;
}

/**
 * The index of the first element of the array at `path` that the filter's conditions on it match
 * (what the positional `$` names, in a projection and in an update), or -1.
 */
export function firstMatchingIndex(doc: Document, path: string, filter: Document): number {
  const arr = getPath(doc, path);
  if (!Array.isArray(arr)) return -1;
  const conditions = conditionsOn(filter, path);
  const q = bsonQuery(conditions);
  for (let i = 0; i < arr.length; i++) {
    const { copy, parent, key } = withPathCopied(doc, path);
    if (!parent) return -1;
    parent[key] = [arr[i]];
    if (q.test(copy)) return i;
  }
  return -1;
}

/** Whether an element passes the array filter of `id` (`$[]` takes every element). */
function elementTest(id: string, arrayFilters: Document[], path: string): (el: unknown) => boolean {
  if (id === '') return () => true;
  const filter = arrayFilters.find((f) => Object.keys(f).some((k) => k === id || k.startsWith(`${id}.`)));
  if (!filter)
    throw new MongoError(2, 'BadValue', `No array filter found for identifier '${id}' in path '${path}'`);
  const q = bsonQuery(filter);
  return (el) => q.test({ [id]: el });
}

/**
 * The concrete paths an update path with `$[]` or `$[id]` names, chosen in the document as it
 * was before the update: mongod tests the array filters once per element, so an earlier operator
 * changing the filtered field does not take the element away from a later one.
 */
export function arrayPathsOf(path: string, original: Document, arrayFilters: Document[]): string[] {
  const parts = path.split('.');
  const at = parts.findIndex((p) => p.startsWith('$[') && p.endsWith(']'));
  if (at < 0) return [path];
  const prefix = parts.slice(0, at).join('.');
  const arr = getPath(original, prefix);
  if (!Array.isArray(arr))
    throw new MongoError(
      2,
      'BadValue',
      `The path '${prefix}' must exist in the document in order to apply array updates.`,
    );
  const passes = elementTest(parts[at].slice(2, -1), arrayFilters, path);
  const rest = parts.slice(at + 1);
  return arr.flatMap((el, i) =>
    passes(el) ? arrayPathsOf([prefix, String(i), ...rest].join('.'), original, arrayFilters) : [],
  );
}
