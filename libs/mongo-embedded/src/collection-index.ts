import type { Document } from 'bson';
import type { Query } from 'mingo';
import { getPath, keyOf, valuesAt } from './keys';
import { bsonQuery } from './mingo-context';
import { OrderedKeys } from './ordered-keys';

export interface IndexSpec {
  name: string;
  key: Record<string, number | string>;
  unique?: boolean;
  sparse?: boolean;
  partialFilterExpression?: Document;
  collation?: Document;
  /** A TTL index: documents expire this long after the date they hold. */
  expireAfterSeconds?: number;
}

/** One secondary index: its keys, and for a single field the values in order. */
export class Index {
  readonly entries = new Map<string, Set<string>>();
  readonly fields: string[];
  /** Numbers and dates in order, for range lookups on a single-field index. */
  readonly ordered?: OrderedKeys;
  /** Some document holds several values (an array): each bound may then match a different one. */
  multikey = false;
  private readonly partial?: Query;

  constructor(readonly spec: IndexSpec) {
    this.fields = Object.keys(spec.key);
    if (spec.partialFilterExpression) this.partial = bsonQuery(spec.partialFilterExpression);
    if (this.fields.length === 1) this.ordered = new OrderedKeys();
  }

  /**
   * What the index holds for a document: its keys (several for an array in a single-field,
   * multikey index) and, for a single field, the distinct values behind them.
   */
  private entriesOf(doc: Document): { keys: string[]; values: unknown[] } {
    if (this.partial && !this.partial.test(doc)) return { keys: [], values: [] };
    if (this.fields.length === 1) {
      const distinct = new Map<string, unknown>();
      for (const v of valuesAt(doc, this.fields[0])) if (v !== undefined) distinct.set(keyOf(v), v);
      if (distinct.size === 0) return { keys: this.spec.sparse ? [] : ['N'], values: [] };
      return { keys: [...distinct.keys()], values: [...distinct.values()] };
    }
    const values = this.fields.map((f) => getPath(doc, f));
    if (this.spec.sparse && values.every((v) => v === undefined)) return { keys: [], values: [] };
    return { keys: [values.map(keyOf).join('\u0000')], values: [] };
  }

  keysOf(doc: Document): string[] {
    return this.entriesOf(doc).keys;
  }

  add(doc: Document, id: string): void {
    const { keys, values } = this.entriesOf(doc);
    for (const k of keys) {
      let set = this.entries.get(k);
      if (!set) this.entries.set(k, (set = new Set()));
      set.add(id);
    }
    if (values.length > 1) this.multikey = true;
    for (const v of values) this.ordered?.add(v, id);
  }

  remove(doc: Document, id: string): void {
    const { keys, values } = this.entriesOf(doc);
    for (const k of keys) {
      const set = this.entries.get(k);
      set?.delete(id);
      if (set && set.size === 0) this.entries.delete(k);
    }
    for (const v of values) this.ordered?.remove(v, id);
  }
}
