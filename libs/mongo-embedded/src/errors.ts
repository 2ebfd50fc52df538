import type { Document } from 'bson';
import { MingoError } from 'mingo/util';

/** A command failure carrying the code and codeName mongod would answer with. */
export class MongoError extends Error {
  constructor(
    readonly code: number,
    readonly codeName: string,
    message: string,
    readonly extra: Document = {},
  ) {
    super(message);
  }

  toReply(): Document {
    return { ok: 0, errmsg: this.message, code: this.code, codeName: this.codeName, ...this.extra };
  }

  toWriteError(index: number): Document {
    return { index, code: this.code, errmsg: this.message, ...this.extra };
  }
}

/**
 * Failures that do not come from this server's own checks, mapped by their class: mingo raises
 * `MingoError` for a malformed query, update or pipeline (the client's mistake, as mongod's
 * BadValue); JavaScript raises a TypeError when an expression meets a value of the wrong type
 * and a SyntaxError for an invalid regular expression. Anything else is a fault of this server.
 */
export function asMongoError(err: unknown): MongoError {
  if (err instanceof MongoError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof MingoError) return new MongoError(2, 'BadValue', message);
  if (err instanceof TypeError) return new MongoError(14, 'TypeMismatch', message);
  if (err instanceof SyntaxError)
    return new MongoError(51091, 'Location51091', `Regular expression is invalid: ${message}`);
  return new MongoError(1, 'InternalError', message);
}
