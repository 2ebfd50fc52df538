import type { Document } from 'bson';
import { MongoError } from './errors';
import { bsonQuery } from './mingo-context';

/** The options a collection was created with, as listCollections reports them. */
export interface CollectionOptions {
  validator?: Document;
  validationLevel?: 'off' | 'strict' | 'moderate';
  validationAction?: 'error' | 'warn';
}

/** Fields of a create command that are not options of the collection. */
const COMMAND_FIELDS = new Set([
  'create',
  '$db',
  'lsid',
  '$clusterTime',
  '$readPreference',
  'writeConcern',
  'comment',
  'maxTimeMS',
  'apiVersion',
  'apiStrict',
  'apiDeprecationErrors',
]);

/** Options mongod has that this server neither enforces nor pretends to: refused, not ignored. */
const REFUSED = [
  'capped',
  'size',
  'max',
  'timeseries',
  'expireAfterSeconds',
  'clusteredIndex',
  'collation',
  'viewOn',
  'pipeline',
  'changeStreamPreAndPostImages',
  'storageEngine',
  'indexOptionDefaults',
  'encryptedFields',
];

export function notSupported(what: string): MongoError {
  return new MongoError(
    238,
    'NotImplemented',
    `${what} is not supported by the embedded server (it would be ignored); use a real MongoDB`,
  );
}

/** Collations change how strings compare; only the default (simple) one is implemented. */
export function refuseCollation(collation: unknown): void {
  if (collation === undefined || collation === null) return;
  if (typeof collation === 'object' && (collation as Document).locale === 'simple') return;
  throw notSupported('a collation');
}

/** Index types other than ascending/descending (and hashed, which answers equality alike). */
export function refuseIndexType(key: Document): void {
  for (const v of Object.values(key))
    if (typeof v === 'string' && v !== 'hashed') throw notSupported(`an index of type '${v}'`);
}

/** Reads and checks the options of a create command. */
export function parseCreateOptions(cmd: Document): CollectionOptions {
  const options: CollectionOptions = {};
  for (const [key, value] of Object.entries(cmd)) {
    if (COMMAND_FIELDS.has(key)) continue;
    if (key === 'validator') {
      if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new MongoError(
          14,
          'TypeMismatch',
          "BSON field 'create.validator' is the wrong type, expected type 'object'",
        );
      compileValidator(value as Document); // refuses what it cannot evaluate, before anything is created
      options.validator = value as Document;
    } else if (key === 'validationLevel') {
      if (!['off', 'strict', 'moderate'].includes(value as string))
        throw new MongoError(
          2,
          'BadValue',
          `Enumeration value '${String(value)}' for field 'create.validationLevel' is not a valid value.`,
        );
      options.validationLevel = value as CollectionOptions['validationLevel'];
    } else if (key === 'validationAction') {
      if (!['error', 'warn'].includes(value as string))
        throw new MongoError(
          2,
          'BadValue',
          `Enumeration value '${String(value)}' for field 'create.validationAction' is not a valid value.`,
        );
      options.validationAction = value as CollectionOptions['validationAction'];
    } else if (REFUSED.includes(key)) {
      if (key === 'capped' && value === false) continue;
      throw notSupported(`the create option '${key}'`);
    } else throw new MongoError(40415, 'Location40415', `BSON field 'create.${key}' is an unknown field.`);
  }
  // mongod fills in the defaults beside a validator, and lists them.
  if (options.validator) {
    options.validationLevel ??= 'strict';
    options.validationAction ??= 'error';
  }
  return options;
}

function compileValidator(validator: Document): (doc: Document) => boolean {
  const q = bsonQuery(validator);
  return (doc) => q.test(doc);
}

/** Enforces a collection's validator on the documents written to it, as mongod does. */
export class DocumentValidator {
  private readonly test?: (doc: Document) => boolean;

  constructor(private readonly options: CollectionOptions) {
    if (options.validator && options.validationLevel !== 'off')
      this.test = compileValidator(options.validator);
  }

  /** Throws mongod's DocumentValidationFailure for a document the validator refuses. */
  check(doc: Document, previous?: Document): void {
    if (!this.test || this.options.validationAction === 'warn' || this.test(doc)) return;
    // With validationLevel "moderate", documents that were already invalid may stay so.
    if (previous && this.options.validationLevel === 'moderate' && !this.test(previous)) return;
    throw new MongoError(121, 'DocumentValidationFailure', 'Document failed validation', {
      errInfo: {
        failingDocumentId: doc._id,
        details: { operatorName: Object.keys(this.options.validator!)[0] },
      },
    });
  }
}
