import type { Document } from 'bson';
import { Query } from 'mingo';

/** Filters the metadata documents listCollections and listDatabases describe themselves with. */
export function filterDocs(docs: Document[], filter: Document | undefined): Document[] {
  if (!filter || Object.keys(filter).length === 0) return docs;
  const q = new Query(filter);
  return docs.filter((d) => q.test(d));
}
