import type { Document } from 'bson';
import type { Cursors } from '../cursors';
import { MongoError } from '../errors';
import type { Store } from '../store';

export interface CommandContext {
  store: Store;
  cursors: Cursors;
  connectionId: number;
  startedAt: number;
}

/** A command handler: the command document, its database, and the server state. */
export type CommandHandler = (cmd: Document, db: string, ctx: CommandContext) => Document | Promise<Document>;

/** The collection a command names in its first field, checked the way mongod checks it. */
export function collectionName(cmd: Document, field: string): string {
  const name = cmd[field];
  if (typeof name !== 'string') {
    throw new MongoError(73, 'InvalidNamespace', `collection name has invalid type ${describeType(name)}`);
  }
  if (
    name === '' ||
    name.includes('\0') ||
    name.includes('$') ||
    name.startsWith('.') ||
    name.startsWith('system.')
  ) {
    throw new MongoError(73, 'InvalidNamespace', `Invalid namespace specified '${name}'`);
  }
  return name;
}

export function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'double';
  if (typeof v === 'bigint') return 'long';
  if (typeof v === 'object') return (v as { _bsontype?: string })._bsontype ?? 'object';
  return typeof v === 'boolean' ? 'bool' : typeof v;
}

export function optionalDoc(cmd: Document, field: string): Document | undefined {
  const v = cmd[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) {
    throw new MongoError(
      14,
      'TypeMismatch',
      `BSON field '${field}' is the wrong type '${describeType(v)}', expected type 'object'`,
    );
  }
  return v as Document;
}

export function requiredArray(cmd: Document, field: string): Document[] {
  const v = cmd[field];
  if (!Array.isArray(v)) {
    throw new MongoError(
      14,
      'TypeMismatch',
      `BSON field '${field}' is the wrong type '${describeType(v)}', expected type 'array'`,
    );
  }
  return v as Document[];
}

export function toNumber(v: unknown, dflt = 0): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  return dflt;
}
