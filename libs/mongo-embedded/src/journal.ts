import * as fs from 'node:fs';
import * as path from 'node:path';
import { crc32 } from 'node:zlib';
import { serialize, type Document } from 'bson';
import { readBson } from './bson-values';

/** One logged change; replaying them in order rebuilds the store. Every record is idempotent. */
export type JournalRecord =
  | { op: 'put'; db: string; coll: string; doc: Document }
  | { op: 'del'; db: string; coll: string; id: unknown }
  | { op: 'createColl'; db: string; coll: string; options?: Document }
  | { op: 'dropColl'; db: string; coll: string }
  | { op: 'createIndex'; db: string; coll: string; spec: Document }
  | { op: 'dropIndex'; db: string; coll: string; name: string }
  | { op: 'dropDb'; db: string };

const HEADER = 8; // u32 length + u32 crc32 of the BSON body

export function encodeRecord(rec: JournalRecord): Buffer {
  const body = serialize(rec);
  const head = Buffer.alloc(HEADER);
  head.writeUInt32LE(body.length, 0);
  head.writeUInt32LE(crc32(body), 4);
  return Buffer.concat([head, body]);
}

/** Reads records until the first torn or corrupt one; returns the byte length of the valid prefix. */
export function readRecords(
  file: string,
  onRecord: (r: JournalRecord) => void,
): { validBytes: number; totalBytes: number } {
  if (!fs.existsSync(file)) return { validBytes: 0, totalBytes: 0 };
  const buf = fs.readFileSync(file);
  let at = 0;
  while (at + HEADER <= buf.length) {
    const len = buf.readUInt32LE(at);
    const sum = buf.readUInt32LE(at + 4);
    if (len < 5 || at + HEADER + len > buf.length) break;
    const body = buf.subarray(at + HEADER, at + HEADER + len);
    if (crc32(body) !== sum) break;
    let rec: JournalRecord;
    try {
      rec = readBson(body) as JournalRecord;
    } catch {
      break;
    }
    onRecord(rec);
    at += HEADER + len;
  }
  return { validBytes: at, totalBytes: buf.length };
}

interface Pending {
  resolve: () => void;
  reject: (e: Error) => void;
}

/**
 * Append-only journal with group commit: records arriving while an fsync runs are written
 * together and share the next fsync, so throughput grows with concurrency.
 */
export class Journal {
  private fd: number;
  private queue: Buffer[] = [];
  private waiters: Pending[] = [];
  private flushing = false;
  private size: number;
  /** The compaction writing a snapshot in the background, if one runs. */
  private compaction?: Promise<void>;
  private sealedLeft = false;

  constructor(
    readonly dir: string,
    private readonly compactAt: number,
    private readonly snapshot: () => Iterable<JournalRecord>,
    private readonly log: (line: string) => void,
  ) {
    this.fd = fs.openSync(this.journalPath, 'a');
    this.size = fs.fstatSync(this.fd).size;
    // An interrupted compaction: its sealed journal is replayed but in no snapshot yet, and a new
    // compaction must not seal over it. The whole state goes into a snapshot now, before serving.
    if (fs.existsSync(Journal.sealedPath(dir))) this.compactNow();
  }

  get journalPath(): string {
    return path.join(this.dir, 'journal.bin');
  }

  static snapshotPath(dir: string): string {
    return path.join(dir, 'snapshot.bin');
  }

  /** The journal a compaction is folding into a new snapshot; it exists only while one runs. */
  static sealedPath(dir: string): string {
    return path.join(dir, 'journal.sealed.bin');
  }

  /**
   * Loads the snapshot, then a sealed journal a compaction left (it was interrupted; every record
   * is idempotent, so one already in the snapshot changes nothing), then the journal; truncates a
   * torn or corrupt journal tail.
   */
  static replay(dir: string, apply: (r: JournalRecord) => void, log: (line: string) => void): void {
    fs.mkdirSync(dir, { recursive: true });
    readRecords(Journal.snapshotPath(dir), apply);
    readRecords(Journal.sealedPath(dir), apply);
    const file = path.join(dir, 'journal.bin');
    const { validBytes, totalBytes } = readRecords(file, apply);
    if (validBytes < totalBytes) {
      log(`journal: dropping ${totalBytes - validBytes} bytes of torn or corrupt tail`);
      fs.truncateSync(file, validBytes);
    }
  }

  append(records: JournalRecord[]): Promise<void> {
    if (records.length === 0) return Promise.resolve();
    for (const r of records) this.queue.push(encodeRecord(r));
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
    if (!this.flushing) void this.flush();
    return done;
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    // Let the current tick's writes join this batch.
    await new Promise((r) => setImmediate(r));
    while (this.queue.length) {
      const buf = Buffer.concat(this.queue);
      const waiters = this.waiters;
      this.queue = [];
      this.waiters = [];
      try {
        await writeAll(this.fd, buf);
        await new Promise<void>((res, rej) => fs.fdatasync(this.fd, (e) => (e ? rej(e) : res())));
        this.size += buf.length;
        for (const w of waiters) w.resolve();
      } catch (err) {
        this.log(`journal: write failed: ${(err as Error).message}`);
        for (const w of waiters) w.reject(err as Error);
      }
      if (this.size > this.compactAt && this.queue.length === 0 && !this.compaction && !this.sealedLeft) {
        this.compaction = this.compact().finally(() => (this.compaction = undefined));
      }
    }
    this.flushing = false;
  }

  /**
   * Folds the journal into a new snapshot without stopping the server: the journal is sealed and a
   * new one takes the writes that follow, while the state as it was at the seal is written out in
   * chunks between requests. Holding the documents is enough to keep that state: a stored document
   * is never changed in place (an update makes a new version).
   */
  private async compact(): Promise<void> {
    const bytes = this.size;
    const state = [...this.snapshot()];
    this.seal();
    try {
      await writeSnapshot(this.dir, state);
      fs.rmSync(Journal.sealedPath(this.dir), { force: true });
      syncDir(this.dir);
      this.log(`journal: compacted ${bytes} bytes into snapshot`);
    } catch (err) {
      // The sealed journal stays (a new seal would overwrite it): it is replayed at the next start,
      // which compacts then; until that, the journal grows.
      this.sealedLeft = true;
      this.log(`journal: compaction failed, retried at the next start: ${(err as Error).message}`);
    }
  }

  /** The current journal becomes the sealed one; a new, empty journal takes the next writes. */
  private seal(): void {
    fs.renameSync(this.journalPath, Journal.sealedPath(this.dir));
    const fd = fs.openSync(this.journalPath, 'a');
    syncDir(this.dir);
    fs.closeSync(this.fd);
    this.fd = fd;
    this.size = 0;
  }

  /** Writes the whole state as a snapshot at once, then empties the journal (start-up only). */
  private compactNow(): void {
    const tmp = Journal.snapshotPath(this.dir) + '.tmp';
    const fd = fs.openSync(tmp, 'w');
    for (const rec of this.snapshot()) fs.writeSync(fd, encodeRecord(rec));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(tmp, Journal.snapshotPath(this.dir));
    syncDir(this.dir);
    // A crash before these only replays idempotent records over the snapshot.
    fs.rmSync(Journal.sealedPath(this.dir), { force: true });
    fs.ftruncateSync(this.fd, 0);
    fs.fsyncSync(this.fd);
    syncDir(this.dir);
    this.log(`journal: compacted ${this.size} bytes into snapshot`);
    this.size = 0;
  }

  async close(): Promise<void> {
    while (this.flushing || this.queue.length) await new Promise((r) => setTimeout(r, 1));
    await this.compaction;
    fs.closeSync(this.fd);
  }
}

/** About this much is encoded between two writes, so requests are served while a snapshot is written. */
const SNAPSHOT_CHUNK_BYTES = 1024 * 1024;

/** Writes records to a temporary file, makes it durable, then puts it in place of the snapshot. */
async function writeSnapshot(dir: string, records: readonly JournalRecord[]): Promise<void> {
  const tmp = Journal.snapshotPath(dir) + '.tmp';
  const fd = fs.openSync(tmp, 'w');
  try {
    let chunk: Buffer[] = [];
    let bytes = 0;
    for (const rec of records) {
      const buf = encodeRecord(rec);
      chunk.push(buf);
      bytes += buf.length;
      if (bytes >= SNAPSHOT_CHUNK_BYTES) {
        await writeAll(fd, Buffer.concat(chunk));
        chunk = [];
        bytes = 0;
      }
    }
    if (chunk.length) await writeAll(fd, Buffer.concat(chunk));
    await new Promise<void>((res, rej) => fs.fsync(fd, (e) => (e ? rej(e) : res())));
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, Journal.snapshotPath(dir));
  syncDir(dir);
}

function writeAll(fd: number, buf: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const step = (off: number): void => {
      fs.write(fd, buf, off, buf.length - off, null, (err, n) => {
        if (err) return reject(err);
        if (off + n < buf.length) step(off + n);
        else resolve();
      });
    };
    step(0);
  });
}

function syncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic.
  }
}
