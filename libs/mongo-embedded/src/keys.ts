import { EJSON } from 'bson';

interface Tagged {
  _bsontype?: string;
  toHexString?: () => string;
  toString: () => string;
}

/** A string that is equal for values MongoDB considers equal (1, 1.0 and Long(1) alike). */
export function keyOf(v: unknown): string {
  if (v === undefined || v === null) return 'N';
  switch (typeof v) {
    case 'number':
      return 'n' + (v === 0 ? 0 : v);
    case 'bigint':
      return 'n' + v.toString();
    case 'string':
      return 's' + v;
    case 'boolean':
      return 'b' + v;
    case 'function':
    case 'symbol':
    case 'object':
    case 'undefined':
      break;
  }
  if (v instanceof Date) return 't' + v.getTime();
  if (Array.isArray(v)) return 'a[' + v.map(keyOf).join(',') + ']';
  const t = v as Tagged;
  switch (t._bsontype) {
    case 'ObjectId':
      return 'o' + t.toHexString!();
    case 'Long':
    case 'Int32':
    case 'Double':
      return 'n' + t.toString();
    case 'Decimal128': {
      // Decimal128('5.0') equals 5 in MongoDB; precision beyond a double's is not kept here.
      const n = Number(t.toString());
      return 'n' + (n === 0 ? 0 : n);
    }
    case undefined:
      return (
        'd{' +
        Object.entries(v as object)
          .map(([k, x]) => k + ':' + keyOf(x))
          .join(',') +
        '}'
      );
    default:
      return 'j' + EJSON.stringify(v as never, { relaxed: false });
  }
}

/** Renders a value the way mongod prints it in a duplicate-key message. */
export function renderValue(v: unknown): string {
  if (v === undefined || v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return `new Date(${v.getTime()})`;
  if (Array.isArray(v)) return '[ ' + v.map(renderValue).join(', ') + ' ]';
  const t = v as Tagged;
  if (t._bsontype === 'ObjectId') return `ObjectId('${t.toHexString!()}')`;
  // A whole-numbered double (kept as a bson Double) prints as mongod prints it: 5.0.
  if (t._bsontype === 'Double') return /^-?\d+$/.test(t.toString()) ? `${t.toString()}.0` : t.toString();
  if (t._bsontype) return t.toString();
  const entries = Object.entries(v as object);
  return entries.length ? '{ ' + entries.map(([k, x]) => `${k}: ${renderValue(x)}`).join(', ') + ' }' : '{}';
}

export function getPath(doc: unknown, path: string): unknown {
  let cur: unknown = doc;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/**
 * Every value a dotted path reaches, descending into arrays the way MongoDB's multikey
 * indexes and queries do (`steps.id` over `steps: [{ id }, { id }]` reaches each id).
 */
export function valuesAt(doc: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  const walk = (cur: unknown, parts: string[]): void => {
    if (parts.length === 0) {
      if (Array.isArray(cur)) out.push(...cur);
      else out.push(cur);
      return;
    }
    if (Array.isArray(cur)) {
      const [head, ...rest] = parts;
      if (/^\d+$/.test(head) && Number(head) < cur.length) walk(cur[Number(head)], rest);
      for (const el of cur) if (el !== null && typeof el === 'object' && !Array.isArray(el)) walk(el, parts);
      return;
    }
    if (cur === null || typeof cur !== 'object') return;
    walk((cur as Record<string, unknown>)[parts[0]], parts.slice(1));
  };
  walk(doc, path.split('.'));
  return out;
}
