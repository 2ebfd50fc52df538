import { serialize, type Document } from 'bson';
import { readBson } from './bson-values';

export const OP_REPLY = 1;
export const OP_QUERY = 2004;
export const OP_MSG = 2013;
export const MAX_MESSAGE_BYTES = 48_000_000;
export const MAX_BSON_BYTES = 16 * 1024 * 1024;

export interface Request {
  requestId: number;
  opCode: number;
  command: Document;
}

export class ProtocolError extends Error {}

export function parseMessage(msg: Buffer): Request {
  const requestId = msg.readInt32LE(4);
  const opCode = msg.readInt32LE(12);
  if (opCode === OP_MSG) return { requestId, opCode, command: parseOpMsg(msg) };
  if (opCode === OP_QUERY) return { requestId, opCode, command: parseOpQuery(msg) };
  throw new ProtocolError(`unsupported opCode ${opCode}`);
}

function readDoc(buf: Buffer, at: number, end: number): { doc: Document; next: number } {
  if (at + 5 > end) throw new ProtocolError('truncated BSON document');
  const size = buf.readInt32LE(at);
  if (size < 5 || at + size > end) throw new ProtocolError(`invalid BSON document size ${size}`);
  try {
    return { doc: readBson(buf.subarray(at, at + size), true), next: at + size };
  } catch (err) {
    throw new ProtocolError(`invalid BSON: ${(err as Error).message}`);
  }
}

function parseOpMsg(msg: Buffer): Document {
  const flags = msg.readUInt32LE(16);
  const end = flags & 1 ? msg.length - 4 : msg.length;
  let at = 20;
  let body: Document | undefined;
  const sequences: Record<string, Document[]> = {};
  while (at < end) {
    const kind = msg[at++];
    if (kind === 0) {
      const { doc, next } = readDoc(msg, at, end);
      body = doc;
      at = next;
    } else if (kind === 1) {
      if (at + 4 > end) throw new ProtocolError('truncated document sequence');
      const size = msg.readInt32LE(at);
      const seqEnd = at + size;
      if (size < 5 || seqEnd > end) throw new ProtocolError('invalid document sequence size');
      const nameEnd = msg.indexOf(0, at + 4);
      if (nameEnd < 0 || nameEnd >= seqEnd) throw new ProtocolError('unterminated sequence identifier');
      const id = msg.toString('utf8', at + 4, nameEnd);
      const docs: Document[] = [];
      let p = nameEnd + 1;
      while (p < seqEnd) {
        const { doc, next } = readDoc(msg, p, seqEnd);
        docs.push(doc);
        p = next;
      }
      sequences[id] = docs;
      at = seqEnd;
    } else {
      throw new ProtocolError(`unknown OP_MSG section kind ${kind}`);
    }
  }
  if (!body) throw new ProtocolError('OP_MSG without a body section');
  for (const [id, docs] of Object.entries(sequences)) body[id] = docs;
  return body;
}

function parseOpQuery(msg: Buffer): Document {
  const nameEnd = msg.indexOf(0, 20);
  if (nameEnd < 0) throw new ProtocolError('unterminated collection name');
  const ns = msg.toString('utf8', 20, nameEnd);
  let { doc } = readDoc(msg, nameEnd + 9, msg.length);
  // Legacy clients may wrap the command as { $query: {...} }.
  if (doc.$query && typeof doc.$query === 'object') doc = doc.$query as Document;
  if (doc.$db === undefined) doc.$db = ns.split('.')[0];
  return doc;
}

let nextResponseId = 1;

function header(length: number, responseTo: number, opCode: number): Buffer {
  const h = Buffer.alloc(16);
  h.writeInt32LE(length, 0);
  h.writeInt32LE(nextResponseId++ & 0x7fffffff, 4);
  h.writeInt32LE(responseTo, 8);
  h.writeInt32LE(opCode, 12);
  return h;
}

export function encodeReply(req: Request, reply: Document): Buffer {
  const body = serialize(reply);
  if (req.opCode === OP_QUERY) {
    const fixed = Buffer.alloc(20);
    fixed.writeInt32LE(8, 0); // AwaitCapable
    fixed.writeInt32LE(1, 16); // numberReturned
    return Buffer.concat([header(16 + 20 + body.length, req.requestId, OP_REPLY), fixed, body]);
  }
  const flagsAndKind = Buffer.alloc(5);
  return Buffer.concat([header(16 + 5 + body.length, req.requestId, OP_MSG), flagsAndKind, body]);
}

/** Splits a byte stream into whole messages; tolerates arbitrary chunking. */
export class Framer {
  private chunks: Buffer[] = [];
  private buffered = 0;

  push(chunk: Buffer): Buffer[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const out: Buffer[] = [];
    for (;;) {
      if (this.buffered < 4) break;
      const head = this.peek(4);
      const len = head.readInt32LE(0);
      if (len < 16) throw new ProtocolError(`message length ${len} below header size`);
      if (len > MAX_MESSAGE_BYTES)
        throw new ProtocolError(`message length ${len} exceeds ${MAX_MESSAGE_BYTES}`);
      if (this.buffered < len) break;
      out.push(this.take(len));
    }
    return out;
  }

  private peek(n: number): Buffer {
    if (this.chunks[0].length >= n) return this.chunks[0];
    const all = Buffer.concat(this.chunks);
    this.chunks = [all];
    return all;
  }

  private take(n: number): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    const msg = all.subarray(0, n);
    const rest = all.subarray(n);
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
    return msg;
  }
}
