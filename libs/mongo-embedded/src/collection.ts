import { ObjectId, calculateObjectSize, type Document } from 'bson';
import { numericValue } from './bson-order';
import { Index, type IndexSpec } from './collection-index';
import { DocumentValidator, type CollectionOptions } from './collection-options';
import { MongoError } from './errors';
import type { JournalRecord } from './journal';
import { getPath, keyOf, renderValue } from './keys';
import { OrderedKeys, rangeOf } from './ordered-keys';

export type { IndexSpec } from './collection-index';
import { defaultParameters, type ServerParameters } from './parameters';
import { MAX_BSON_BYTES } from './wire';

/** Documents of one collection plus their indexes, all in memory. */
export class Collection {
  readonly docs = new Map<string, Document>();
  private readonly indexes = new Map<string, Index>();
  private readonly idOrder = new OrderedKeys();

  constructor(
    readonly db: string,
    readonly name: string,
    readonly parameters: ServerParameters = defaultParameters(),
    readonly options: CollectionOptions = {},
    /** Where each change is recorded for the journal: every mutation below calls it itself. */
    private readonly record: (change: JournalRecord) => void = () => undefined,
  ) {
    this.validator = new DocumentValidator(options);
  }

  private readonly validator: DocumentValidator;

  get ns(): string {
    return `${this.db}.${this.name}`;
  }

  indexSpecs(): IndexSpec[] {
    return [{ name: '_id_', key: { _id: 1 } }, ...[...this.indexes.values()].map((i) => i.spec)];
  }

  static prepare(doc: Document): Document {
    if (doc._id === undefined) doc = { _id: new ObjectId(), ...doc };
    // mongod stores _id as the first field, wherever the client or an upsert put it.
    else if (Object.keys(doc)[0] !== '_id') doc = { _id: doc._id, ...doc };
    const size = calculateObjectSize(doc);
    if (size > MAX_BSON_BYTES) {
      throw new MongoError(
        10334,
        'BSONObjectTooLarge',
        `object to insert too large. size in bytes: ${size}, max size: ${MAX_BSON_BYTES}`,
      );
    }
    return doc;
  }

  insert(doc: Document): void {
    this.validator.check(doc);
    const id = keyOf(doc._id);
    if (this.docs.has(id)) throw this.dupError('_id_', { _id: 1 }, { _id: doc._id });
    this.checkUnique(doc, id);
    this.place(doc, id);
    this.record({ op: 'put', db: this.db, coll: this.name, doc });
  }

  replace(old: Document, next: Document): void {
    this.validator.check(next, old);
    const id = keyOf(old._id);
    this.checkUnique(next, id);
    for (const idx of this.indexes.values()) idx.remove(old, id);
    this.docs.set(id, next);
    for (const idx of this.indexes.values()) idx.add(next, id);
    this.record({ op: 'put', db: this.db, coll: this.name, doc: next });
  }

  remove(doc: Document): void {
    this.unplace(doc, keyOf(doc._id));
    this.record({ op: 'del', db: this.db, coll: this.name, id: doc._id });
  }

  /** Puts a document coming from the journal, replacing any previous version. */
  restore(doc: Document): void {
    const id = keyOf(doc._id);
    const old = this.docs.get(id);
    if (old) this.unplace(old, id);
    this.place(doc, id);
  }

  private unplace(doc: Document, id: string): void {
    for (const idx of this.indexes.values()) idx.remove(doc, id);
    this.idOrder.remove(doc._id, id);
    this.docs.delete(id);
  }

  private place(doc: Document, id: string): void {
    this.docs.set(id, doc);
    this.idOrder.add(doc._id, id);
    for (const idx of this.indexes.values()) idx.add(doc, id);
  }

  createIndex(spec: IndexSpec): boolean {
    const existing = this.indexes.get(spec.name);
    if (existing || spec.name === '_id_') return false;
    const idx = new Index(spec);
    for (const [id, doc] of this.docs) {
      if (spec.unique) {
        for (const k of idx.keysOf(doc)) {
          if (idx.entries.get(k)?.size) throw this.dupErrorFor(idx, doc);
        }
      }
      idx.add(doc, id);
    }
    this.indexes.set(spec.name, idx);
    this.record({ op: 'createIndex', db: this.db, coll: this.name, spec: spec as unknown as Document });
    return true;
  }

  /**
   * Removes the documents a TTL index says have expired: its date (the earliest, for an array)
   * plus `expireAfterSeconds` is past. Returns how many were removed.
   */
  expire(now: number): number {
    let removed = 0;
    for (const idx of this.indexes.values()) {
      const seconds = numericValue(idx.spec.expireAfterSeconds);
      if (seconds === undefined || !idx.ordered) continue;
      const cutoff = now - Number(seconds) * 1000;
      for (const id of idx.ordered.idsIn({ bracket: 't', high: { k: cutoff, inclusive: true } })) {
        const doc = this.docs.get(id);
        if (doc) {
          this.remove(doc);
          removed++;
        }
      }
    }
    return removed;
  }

  /** Whether some document holds several values for the index (mongod's isMultiKey). */
  isMultikey(name: string): boolean {
    return this.indexes.get(name)?.multikey ?? false;
  }

  dropIndex(name: string): boolean {
    if (!this.indexes.delete(name)) return false;
    this.record({ op: 'dropIndex', db: this.db, coll: this.name, name });
    return true;
  }

  /**
   * Documents matching a filter of a single equality on `_id` or on a plain single-field index,
   * answered from the index alone; undefined when the filter needs the query engine.
   */
  exactMatches(filter: Document): Document[] | undefined {
    const keys = Object.keys(filter);
    if (keys.length !== 1 || keys[0].startsWith('$')) return undefined;
    const values = equalityValues(filter[keys[0]]);
    if (!values || values.length !== 1 || !isExactScalar(values[0])) return undefined;
    if (keys[0] !== '_id' && !this.plainIndexOn(keys[0])) return undefined;
    return [...this.candidates(filter)];
  }

  private plainIndexOn(field: string): Index | undefined {
    for (const idx of this.indexes.values()) {
      if (
        idx.fields.length === 1 &&
        idx.fields[0] === field &&
        !idx.spec.partialFilterExpression &&
        !idx.spec.sparse &&
        !idx.spec.collation
      )
        return idx;
    }
    return undefined;
  }

  /** Candidate documents for a filter: through an index on an equality field when one exists. */
  candidates(filter: Document): Iterable<Document> {
    for (const [field, cond] of Object.entries(filter)) {
      if (field.startsWith('$')) continue;
      const range = rangeOf(cond);
      const idx = field === '_id' ? undefined : this.plainIndexOn(field);
      const ordered = range && (field === '_id' ? this.idOrder : idx?.ordered);
      if (range && ordered) {
        // [5, 50] matches { $gt: 10, $lt: 20 }: over arrays, only one bound narrows the search.
        const usable = idx?.multikey && range.low && range.high ? { ...range, high: undefined } : range;
        return [...ordered.idsIn(usable)].map((id) => this.docs.get(id)!);
      }
      const values = equalityValues(cond);
      if (!values) continue;
      if (field === '_id') {
        return values.flatMap((v) => {
          const d = this.docs.get(keyOf(v));
          return d ? [d] : [];
        });
      }
      if (idx) {
        const ids = new Set<string>();
        for (const v of values) for (const id of idx.entries.get(keyOf(v)) ?? []) ids.add(id);
        return [...ids].map((id) => this.docs.get(id)!);
      }
    }
    return this.docs.values();
  }

  private checkUnique(doc: Document, id: string): void {
    for (const idx of this.indexes.values()) {
      if (!idx.spec.unique) continue;
      for (const k of idx.keysOf(doc)) {
        const holders = idx.entries.get(k);
        if (holders && [...holders].some((h) => h !== id)) throw this.dupErrorFor(idx, doc);
      }
    }
  }

  private dupErrorFor(idx: Index, doc: Document): MongoError {
    const keyValue: Document = {};
    for (const f of idx.fields) {
      const v = getPath(doc, f);
      keyValue[f] = v === undefined ? null : v;
    }
    return this.dupError(idx.spec.name, idx.spec.key, keyValue);
  }

  private dupError(name: string, keyPattern: Document, keyValue: Document): MongoError {
    const rendered = Object.entries(keyValue)
      .map(([k, v]) => `${k}: ${renderValue(v)}`)
      .join(', ');
    return new MongoError(
      11000,
      'DuplicateKey',
      `E11000 duplicate key error collection: ${this.ns} index: ${name} dup key: { ${rendered} }`,
      {
        keyPattern,
        keyValue,
      },
    );
  }
}

/** Values a filter field must equal, when the condition is a plain equality or $in. */
function equalityValues(cond: unknown): unknown[] | undefined {
  if (isScalar(cond)) return [cond];
  if (cond && typeof cond === 'object' && !Array.isArray(cond)) {
    const keys = Object.keys(cond);
    if (keys.length !== 1) return undefined;
    const c = cond as Document;
    if (keys[0] === '$eq' && isScalar(c.$eq)) return [c.$eq];
    if (keys[0] === '$in' && Array.isArray(c.$in) && c.$in.every(isScalar)) return c.$in;
  }
  return undefined;
}

/** Values whose index key equality is exactly MongoDB's equality (no regex, no null/missing). */
function isExactScalar(v: unknown): boolean {
  return (
    typeof v === 'string' ||
    typeof v === 'number' ||
    typeof v === 'bigint' ||
    typeof v === 'boolean' ||
    isScalar(v)
  );
}

function isScalar(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v !== 'object') return true;
  if (v instanceof Date) return true;
  const t = (v as { _bsontype?: string })._bsontype;
  return t === 'ObjectId' || t === 'Long';
}
