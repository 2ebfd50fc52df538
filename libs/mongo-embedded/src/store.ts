import type { Document } from 'bson';
import { Collection, type IndexSpec } from './collection';
import type { CollectionOptions } from './collection-options';
import { Journal, type JournalRecord } from './journal';
import { keyOf } from './keys';
import { defaultParameters, type ServerParameters } from './parameters';

export interface StoreOptions {
  dbPath?: string;
  notablescan?: boolean;
  compactAtBytes?: number;
  log: (line: string) => void;
}

/**
 * All databases. Every mutation records its own journal entry where it happens (here and in
 * Collection), into one pending list; `commit()` makes everything recorded so far durable, so a
 * command that changed something awaits `commit()` before it answers.
 */
export class Store {
  private readonly dbs = new Map<string, Map<string, Collection>>();
  private readonly journal?: Journal;
  private pending: JournalRecord[] = [];
  /** Resolves when the last batch handed to the journal is on disk. */
  private lastBatch: Promise<void> = Promise.resolve();
  private replaying = false;
  private readonly record = (change: JournalRecord): void => {
    if (this.journal && !this.replaying) this.pending.push(change);
  };
  /** Shared by every collection, so a setParameter takes effect at once everywhere. */
  readonly parameters: ServerParameters = defaultParameters();

  constructor(opts: StoreOptions) {
    this.parameters.notablescan = opts.notablescan === true;
    if (opts.dbPath) {
      this.replaying = true;
      Journal.replay(opts.dbPath, (r) => this.apply(r), opts.log);
      this.replaying = false;
      this.journal = new Journal(
        opts.dbPath,
        opts.compactAtBytes ?? 64 * 1024 * 1024,
        () => this.snapshot(),
        opts.log,
      );
    }
  }

  get durable(): boolean {
    return this.journal !== undefined;
  }

  databaseNames(): string[] {
    return [...this.dbs.keys()];
  }

  collections(db: string): Collection[] {
    return [...(this.dbs.get(db)?.values() ?? [])];
  }

  get(db: string, coll: string): Collection | undefined {
    return this.dbs.get(db)?.get(coll);
  }

  getOrCreate(db: string, coll: string, options: CollectionOptions = {}): Collection {
    return this.get(db, coll) ?? this.createColl(db, coll, options);
  }

  dropColl(db: string, coll: string): Collection | undefined {
    const c = this.get(db, coll);
    if (!c) return undefined;
    this.dbs.get(db)!.delete(coll);
    if (this.dbs.get(db)!.size === 0) this.dbs.delete(db);
    this.record({ op: 'dropColl', db, coll });
    return c;
  }

  dropDb(db: string): void {
    this.dbs.delete(db);
    this.record({ op: 'dropDb', db });
  }

  /** One pass of the TTL monitor over every collection; the removals are journaled. */
  expire(now: number): Promise<void> {
    let removed = 0;
    for (const colls of this.dbs.values()) for (const c of colls.values()) removed += c.expire(now);
    return removed ? this.commit() : Promise.resolve();
  }

  /** Resolves once every change recorded so far is durable (at once without a journal). */
  commit(): Promise<void> {
    if (!this.journal) return Promise.resolve();
    if (this.pending.length) {
      const batch = this.pending;
      this.pending = [];
      const written = this.journal.append(batch);
      this.lastBatch = written.catch(() => undefined);
      return written;
    }
    return this.lastBatch;
  }

  async close(): Promise<void> {
    await this.commit();
    await this.journal?.close();
  }

  private createColl(db: string, coll: string, options: CollectionOptions = {}): Collection {
    let colls = this.dbs.get(db);
    if (!colls) this.dbs.set(db, (colls = new Map()));
    const c = new Collection(db, coll, this.parameters, options, this.record);
    colls.set(coll, c);
    this.record({ op: 'createColl', db, coll, ...(Object.keys(options).length ? { options } : {}) });
    return c;
  }

  private apply(r: JournalRecord): void {
    switch (r.op) {
      case 'createColl':
        if (!this.get(r.db, r.coll))
          this.createColl(r.db, r.coll, r.options as CollectionOptions | undefined);
        break;
      case 'dropColl':
        this.dbs.get(r.db)?.delete(r.coll);
        break;
      case 'dropDb':
        this.dbs.delete(r.db);
        break;
      case 'put':
        (this.get(r.db, r.coll) ?? this.createColl(r.db, r.coll)).restore(r.doc);
        break;
      case 'del': {
        const c = this.get(r.db, r.coll);
        const d = c?.docs.get(keyOf(r.id));
        if (c && d) c.remove(d);
        break;
      }
      case 'createIndex':
        (this.get(r.db, r.coll) ?? this.createColl(r.db, r.coll)).createIndex(r.spec as IndexSpec);
        break;
      case 'dropIndex':
        this.get(r.db, r.coll)?.dropIndex(r.name);
        break;
    }
  }

  private *snapshot(): Generator<JournalRecord> {
    for (const [db, colls] of this.dbs) {
      for (const [coll, c] of colls) {
        yield {
          op: 'createColl',
          db,
          coll,
          ...(Object.keys(c.options).length ? { options: c.options } : {}),
        };
        for (const doc of c.docs.values()) yield { op: 'put', db, coll, doc };
        for (const spec of c.indexSpecs().slice(1))
          yield { op: 'createIndex', db, coll, spec: spec as unknown as Document };
      }
    }
  }
}
