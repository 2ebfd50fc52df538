import type { Document } from 'bson';
import { getPath } from '../keys';
import { bsonQuery } from '../mingo-context';
import { firstMatchingIndex, withPathCopied } from '../positional';

const ALL = bsonQuery({});

const isSlice = (v: unknown): boolean =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && '$slice' in v;
const isExclusion = (v: unknown): boolean => v === 0 || v === false;

function sliced(arr: unknown[], spec: unknown): unknown[] {
  if (Array.isArray(spec)) {
    const [skip, limit] = spec.map(Number);
    const from = skip < 0 ? Math.max(arr.length + skip, 0) : skip;
    return arr.slice(from, from + limit);
  }
  const n = Number(spec);
  return n >= 0 ? arr.slice(0, n) : arr.slice(n);
}

function applySlice(doc: Document, path: string, spec: unknown): Document {
  const { copy, parent, key } = withPathCopied(doc, path);
  if (parent && Array.isArray(parent[key])) parent[key] = sliced(parent[key] as unknown[], spec);
  return copy;
}

/** `_id` first, then the fields in the order the stored document has them, as mongod returns them. */
function inDocumentOrder(out: Document, source: Document): Document {
  const keys = Object.keys(out);
  const order = new Map(Object.keys(source).map((k, i) => [k, i]));
  const rank = (k: string): number => (k === '_id' ? -1 : (order.get(k) ?? Number.MAX_SAFE_INTEGER));
  const sorted = [...keys].sort((a, b) => rank(a) - rank(b));
  if (sorted.every((k, i) => k === keys[i])) return out;
  const result: Document = {};
  for (const k of sorted) result[k] = out[k];
  return result;
}

/** The first element of the array at `path` that the filter's conditions on it match. */
function firstMatching(doc: Document, path: string, filter: Document): unknown[] | undefined {
  const i = firstMatchingIndex(doc, path, filter);
  return i < 0 ? undefined : [(getPath(doc, path) as unknown[])[i]];
}

/**
 * A find-style projection: inclusion and exclusion through mingo, plus what mingo answers
 * differently from mongod: the positional `path.$`, a `$slice` with no inclusion (which keeps
 * the other fields), and the field order of the result.
 */
export function project(doc: Document, projection: Document | undefined, filter: Document = {}): Document {
  if (!projection || Object.keys(projection).length === 0) return doc;
  const entries = Object.entries(projection);
  const positional = entries.find(([k]) => k.endsWith('.$'));
  const slices = entries.filter(([, v]) => isSlice(v));
  const rest = entries.filter(([k, v]) => !isSlice(v) && k !== positional?.[0]);
  if (!positional && slices.length && rest.every(([k, v]) => isExclusion(v) || k === '_id')) {
    let out = rest.length ? (ALL.find([doc], Object.fromEntries(rest)).next() as Document) : doc;
    for (const [path, v] of slices) out = applySlice(out, path, (v as Document).$slice);
    return out;
  }
  const spec: Document = Object.fromEntries(entries.filter(([k]) => k !== positional?.[0]));
  const arrayPath = positional?.[0].slice(0, -2);
  if (arrayPath) spec[arrayPath] = 1;
  let out = ALL.find([doc], spec).next() as Document;
  if (arrayPath) {
    const element = firstMatching(doc, arrayPath, filter);
    const { copy, parent, key } = withPathCopied(out, arrayPath);
    if (parent) {
      if (element) parent[key] = element;
      else delete parent[key];
    }
    out = copy;
  }
  return inDocumentOrder(out, doc);
}

export function projectAll(
  docs: Document[],
  projection: Document | undefined,
  filter: Document = {},
): Document[] {
  if (!projection || Object.keys(projection).length === 0) return docs;
  const special = Object.entries(projection).some(([k, v]) => k.endsWith('.$') || isSlice(v));
  if (special) return docs.map((d) => project(d, projection, filter));
  // The common case in one pass through mingo; only the field order is fixed per document.
  const out = ALL.find(docs, projection).all() as Document[];
  return out.map((d, i) => inDocumentOrder(d, docs[i]));
}
