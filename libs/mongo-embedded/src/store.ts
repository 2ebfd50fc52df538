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

/** All databases; mutations are recorded so one command's changes share one journal commit. */
export class Store {
  private readonly dbs = new Map<string, Map<string, Collection>>();
  private readonly journal?: Journal;
  /** Shared by every collection, so a setParameter takes effect at once everywhere. */
  readonly parameters: ServerParameters = defaultParameters();

  constructor(opts: StoreOptions) {
    this.parameters.notablescan = opts.notablescan === true;
    if (opts.dbPath) {
      Journal.replay(opts.dbPath, (r) => this.apply(r), opts.log);
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

  getOrCreate(db: string, coll: string, log: JournalRecord[], options: CollectionOptions = {}): Collection {
    const existing = this.get(db, coll);
    if (existing) return existing;
    log.push({ op: 'createColl', db, coll, ...(Object.keys(options).length ? { options } : {}) });
    return this.createColl(db, coll, options);
  }

  dropColl(db: string, coll: string, log: JournalRecord[]): Collection | undefined {
    const c = this.get(db, coll);
    if (!c) return undefined;
    this.dbs.get(db)!.delete(coll);
    if (this.dbs.get(db)!.size === 0) this.dbs.delete(db);
    log.push({ op: 'dropColl', db, coll });
    return c;
  }

  dropDb(db: string, log: JournalRecord[]): void {
    this.dbs.delete(db);
    log.push({ op: 'dropDb', db });
  }

  commit(log: JournalRecord[]): Promise<void> {
    return this.journal ? this.journal.append(log) : Promise.resolve();
  }

  async close(): Promise<void> {
    await this.journal?.close();
  }

  compact(): void {
    this.journal?.compact();
  }

  private createColl(db: string, coll: string, options: CollectionOptions = {}): Collection {
    let colls = this.dbs.get(db);
    if (!colls) this.dbs.set(db, (colls = new Map()));
    const c = new Collection(db, coll, this.parameters, options);
    colls.set(coll, c);
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
