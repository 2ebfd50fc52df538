import type { Document } from 'bson';

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
 * mingo rejects malformed queries, updates and pipelines with plain errors; these are the
 * client's mistakes, so they get the codes mongod uses for them rather than InternalError.
 */
const LIBRARY_ERRORS: [RegExp, number, string][] = [
  [/immutable field '_id'/, 66, 'ImmutableField'],
  [/Unknown update operator|Unknown modifier/i, 9, 'FailedToParse'],
  [/non-numeric|must be a number|TypeMismatch/i, 14, 'TypeMismatch'],
  [/operator|expression|stage|invalid|must be|unsupported|unknown|cannot/i, 2, 'BadValue'],
];

export function asMongoError(err: unknown): MongoError {
  if (err instanceof MongoError) return err;
  const message = err instanceof Error ? err.message : String(err);
  const known = LIBRARY_ERRORS.find(([pattern]) => pattern.test(message));
  return known ? new MongoError(known[1], known[2], message) : new MongoError(1, 'InternalError', message);
}
