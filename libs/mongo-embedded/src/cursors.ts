import { calculateObjectSize, type Document } from 'bson';
import { MAX_BSON_BYTES } from './wire';

interface OpenCursor {
  ns: string;
  docs: Document[];
  pos: number;
}

const DEFAULT_FIRST_BATCH = 101;

/** Server-side cursors: results are materialized once, then handed out in batches. */
export class Cursors {
  private readonly open = new Map<bigint, OpenCursor>();
  private nextId = 1n;

  firstBatch(ns: string, docs: Document[], batchSize: unknown, singleBatch = false): Document {
    const size = toBatchSize(batchSize, DEFAULT_FIRST_BATCH);
    const first = docs.slice(0, fitting(docs, 0, size));
    let id = 0n;
    if (!singleBatch && docs.length > first.length) {
      id = this.nextId++;
      this.open.set(id, { ns, docs, pos: first.length });
    }
    return { cursor: { firstBatch: first, id, ns }, ok: 1 };
  }

  getMore(id: bigint, batchSize: unknown): Document | undefined {
    const c = this.open.get(id);
    if (!c) return undefined;
    const size = toBatchSize(batchSize, Number.MAX_SAFE_INTEGER);
    const next = c.docs.slice(c.pos, fitting(c.docs, c.pos, size));
    c.pos += next.length;
    let outId = id;
    if (c.pos >= c.docs.length) {
      this.open.delete(id);
      outId = 0n;
    }
    return { cursor: { nextBatch: next, id: outId, ns: c.ns }, ok: 1 };
  }

  kill(ids: bigint[]): { killed: bigint[]; notFound: bigint[] } {
    const killed: bigint[] = [];
    const notFound: bigint[] = [];
    for (const id of ids) (this.open.delete(id) ? killed : notFound).push(id);
    return { killed, notFound };
  }
}

function toBatchSize(v: unknown, dflt: number): number {
  const n = typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : undefined;
  return n && n > 0 ? n : dflt;
}

/** End of a batch starting at `from`: at most `size` documents and, like mongod, about 16 MB. */
function fitting(docs: Document[], from: number, size: number): number {
  let bytes = 0;
  let end = from;
  while (end < docs.length && end - from < size) {
    bytes += calculateObjectSize(docs[end]);
    if (bytes > MAX_BSON_BYTES && end > from) break;
    end++;
  }
  return end;
}
