import type { Document } from 'bson';
import { plainNumbers } from '../bson-values';
import { Collection } from '../collection';
import { runMingoPipeline } from '../mingo-context';
import { MongoError } from '../errors';
import { checkFilter } from '../filter-check';
import type { Store } from '../store';
import { match } from '../write-ops';

/** Stages that mingo applies to its input objects in place; their input must be copied first. */
const MUTATING_STAGES = new Set([
  '$set',
  '$addFields',
  '$unset',
  '$replaceRoot',
  '$replaceWith',
  '$redact',
  '$setWindowFields',
  '$fill',
  '$densify',
]);

function stageName(stage: Document): string {
  const keys = Object.keys(stage);
  if (keys.length !== 1)
    throw new MongoError(
      40323,
      'Location40323',
      'A pipeline stage specification object must contain exactly one field.',
    );
  return keys[0];
}

function mutates(pipeline: Document[]): boolean {
  return pipeline.some((s) => {
    const name = stageName(s);
    if (MUTATING_STAGES.has(name)) return true;
    if (name === '$facet') return Object.values(s.$facet as Document).some((p) => mutates(p as Document[]));
    if (name === '$lookup' && Array.isArray((s.$lookup as Document).pipeline))
      return mutates((s.$lookup as Document).pipeline as Document[]);
    return false;
  });
}

/**
 * Runs an aggregation pipeline with mingo. A leading $match goes through the collection's
 * indexes; $lookup reads sibling collections; a final $out replaces its target durably.
 */
export async function runPipeline(
  store: Store,
  db: string,
  name: string | undefined,
  pipeline: Document[],
): Promise<Document[]> {
  const last = pipeline[pipeline.length - 1];
  const outTarget = last && stageName(last) === '$out' ? outCollection(last.$out, db) : undefined;
  if (pipeline.some((s) => stageName(s) === '$merge')) {
    throw new MongoError(
      40324,
      'Location40324',
      'Unrecognized pipeline stage name: $merge (not supported by the embedded server)',
    );
  }
  // Every $match is checked as a find filter is: unknown operators and $where are refused alike.
  for (const s of pipeline) if (stageName(s) === '$match') checkFilter(s.$match as Document);
  let stages = outTarget ? pipeline.slice(0, -1) : pipeline;
  let input: Document[];
  const coll = name === undefined ? undefined : store.get(db, name);
  if (stages[0] && stageName(stages[0]) === '$match') {
    // A $sort right after the $match is part of the query, as mongod plans it (an index may
    // provide the order under notablescan), and sorts with MongoDB's order of BSON values.
    const sort = stages[1] && stageName(stages[1]) === '$sort' ? (stages[1].$sort as Document) : undefined;
    input = match(coll, stages[0].$match as Document, sort);
    stages = stages.slice(sort ? 2 : 1);
  } else {
    input = coll ? [...coll.docs.values()] : [];
  }
  // mingo's expressions know JS numbers only; whole-numbered doubles are handed over as such.
  const result = runMingoPipeline(input.map(plainNumbers), plainNumbers(stages), {
    cloneInput: mutates(stages),
    collectionResolver: (other: string) => [...(store.get(db, other)?.docs.values() ?? [])].map(plainNumbers),
  });
  if (!outTarget) return result;
  await replaceContents(store, outTarget.db, outTarget.coll, result);
  return [];
}

function outCollection(spec: unknown, db: string): { db: string; coll: string } {
  if (typeof spec === 'string') return { db, coll: spec };
  if (spec && typeof spec === 'object' && typeof (spec as Document).coll === 'string') {
    return { db: ((spec as Document).db as string) ?? db, coll: (spec as Document).coll as string };
  }
  throw new MongoError(16990, 'Location16990', "$out only supports a string or object argument, with 'coll'");
}

async function replaceContents(store: Store, db: string, name: string, docs: Document[]): Promise<void> {
  // Build the new contents aside first so that a duplicate _id leaves the target untouched.
  const staged = new Collection(db, name);
  const prepared = docs.map((d) => Collection.prepare(d));
  for (const d of prepared) staged.insert(d);
  try {
    const target = store.getOrCreate(db, name);
    for (const old of [...target.docs.values()]) target.remove(old);
    for (const d of prepared) target.insert(d);
  } finally {
    // Whatever changed in memory is journaled, even when a unique index stopped the copy.
    await store.commit();
  }
}
