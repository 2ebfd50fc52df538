import { serialize, type Document } from 'bson';
import * as MINGO_UPDATE_OPERATORS from 'mingo/operators/update';
import { compareValues } from './bson-order';
import { isDouble, plainNumbers, readBson } from './bson-values';
import { MongoError } from './errors';
import { keyOf, renderValue } from './keys';
import { runMingoPipeline } from './mingo-context';
import { arrayPathsOf, conditionsOn, firstMatchingIndex } from './positional';
import { arithmetic, isBsonValue, parentOf, pullMatcher, setAt } from './update-values';

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

function clone(doc: Document): Document {
  return readBson(serialize(doc));
}

const isContainer = (v: unknown): v is Record<string, unknown> | unknown[] =>
  !!v && typeof v === 'object' && !(v instanceof Date) && !(v instanceof RegExp) && !isBsonValue(v);

/**
 * A copy of `doc` for an update to change in place: the objects and arrays along the paths it
 * touches are copied, everything else is shared. A stored document is never changed in place,
 * so sharing is safe, and an update of a large document (a long event log) costs what it
 * changes rather than a copy of the whole.
 */
function copyAlong(doc: Document, paths: readonly string[]): Document {
  const root: Document = { ...doc };
  const copies = new Set<unknown>([root]);
  for (const path of paths) {
    let node: Record<string, unknown> = root;
    for (const part of path.split('.')) {
      const child = node[part];
      if (!isContainer(child)) break;
      if (!copies.has(child)) {
        const copy = Array.isArray(child) ? child.slice() : { ...child };
        copies.add(copy);
        node[part] = copy;
      }
      node = node[part] as Record<string, unknown>;
    }
  }
  return root;
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
  // An upsert builds a new document: its `_id` may come from the update ($setOnInsert).
  if (doc._id === undefined) return entries;
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

/**
 * The path with its positional `$` replaced by the index of the element the filter matched in
 * the document as it was before the update: mongod finds it once, when the filter matches.
 */
function withPositionResolved(path: string, original: Document, filter: Document): string {
  const parts = path.split('.');
  const at = parts.indexOf('$');
  if (at < 0) return path;
  if (parts.indexOf('$', at + 1) >= 0)
    throw new MongoError(2, 'BadValue', `Too many positional (i.e. '$') elements found in path '${path}'`);
  const arrayPath = parts.slice(0, at).join('.');
  const usable = at > 0 && !isPositional(arrayPath) && Object.keys(conditionsOn(filter, arrayPath)).length;
  const index = usable ? firstMatchingIndex(original, arrayPath, filter) : -1;
  if (index < 0)
    throw new MongoError(
      2,
      'BadValue',
      'The positional operator did not find the match needed from the query.',
    );
  parts[at] = String(index);
  return parts.join('.');
}

/**
 * Applies an operator update to a copy of `doc`, one path at a time. The filter is not tested
 * again between paths: mongod applies every operator of a document it matched, even when an
 * earlier one changes a field the filter names (the revision of an optimistic write).
 */
function applyOperators(doc: Document, u: Document, filter: Document, arrayFilters: Document[]): Document {
  const entries = withoutUnchangedId(entriesOf(u), doc);
  checkConflicts(entries);
  // Every position is found in the document as the filter matched it, before anything changes.
  const concrete = entries.flatMap((e) =>
    arrayPathsOf(withPositionResolved(e.path, doc, filter), doc, arrayFilters).map((path) => ({
      ...e,
      path,
    })),
  );
  const touched = concrete.flatMap((e) => (e.op === '$rename' ? [e.path, String(e.value)] : [e.path]));
  const next = copyAlong(doc, touched);
  for (const e of concrete) {
    if (CREATING.has(e.op)) parentOf(next, e.path, true);
    if (applyOwn(next, e, doc)) continue;
    // The remaining operators ($push, $addToSet, $unset, ...) on a plain path: mingo's operator
    // itself, without the filter (it would test it again on the half-updated document) and without
    // its updater, which builds a new context of every operator on each call.
    const value = ARITHMETIC.has(e.op) ? plainNumbers(e.value) : e.value;
    const operator = MINGO_UPDATE_OPERATORS[e.op as keyof typeof MINGO_UPDATE_OPERATORS];
    operator({ [e.path]: value } as never)(next);
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
