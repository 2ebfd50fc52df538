import type { Document } from 'bson';
import { Query } from 'mingo';

const ALL = new Query({});

/** A find-style projection ($slice, $elemMatch, dotted paths) through mingo. */
export function project(doc: Document, projection: Document | undefined): Document {
  if (!projection || Object.keys(projection).length === 0) return doc;
  return ALL.find([doc], projection).next() as Document;
}

export function projectAll(docs: Document[], projection: Document | undefined): Document[] {
  if (!projection || Object.keys(projection).length === 0) return docs;
  return ALL.find(docs, projection).all() as Document[];
}
