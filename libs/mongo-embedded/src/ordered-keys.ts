import { numericValue } from './bson-order';

/**
 * The sorted side of a single-field index: numbers and dates in order, so that range filters
 * ($gt, $gte, $lt, $lte) find their documents by binary search instead of a scan. Strings are
 * left to the scan: MongoDB orders them by UTF-8 bytes, JavaScript by UTF-16 units.
 */
type Bracket = 'n' | 't';

export function orderedKey(v: unknown): { bracket: Bracket; k: number } | undefined {
  if (v instanceof Date) return { bracket: 't', k: v.getTime() };
  // Every numeric BSON type (a whole double is kept as a bson Double) sorts by value.
  const n = numericValue(v);
  if (n === undefined) return undefined;
  const k = Number(n);
  return Number.isNaN(k) ? undefined : { bracket: 'n', k };
}

class SortedRun {
  readonly keys: number[] = [];
  readonly ids: string[] = [];

  /** First position whose key is >= k (or > k when `after`). */
  bound(k: number, after: boolean): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid] < k || (after && this.keys[mid] === k)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  insert(k: number, id: string): void {
    const at = this.bound(k, true);
    this.keys.splice(at, 0, k);
    this.ids.splice(at, 0, id);
  }

  remove(k: number, id: string): void {
    for (let i = this.bound(k, false); i < this.keys.length && this.keys[i] === k; i++) {
      if (this.ids[i] === id) {
        this.keys.splice(i, 1);
        this.ids.splice(i, 1);
        return;
      }
    }
  }
}

export interface Range {
  bracket: Bracket;
  low?: { k: number; inclusive: boolean };
  high?: { k: number; inclusive: boolean };
}

/** The range a condition like `{ $gte: 10, $lt: 20 }` describes, when the index can serve it. */
export function rangeOf(cond: unknown): Range | undefined {
  if (!cond || typeof cond !== 'object' || Array.isArray(cond) || cond instanceof Date) return undefined;
  const entries = Object.entries(cond);
  if (entries.length === 0 || entries.some(([op]) => !['$gt', '$gte', '$lt', '$lte'].includes(op)))
    return undefined;
  const range: Partial<Range> = {};
  for (const [op, value] of entries) {
    const key = orderedKey(value);
    if (!key || (range.bracket && range.bracket !== key.bracket)) return undefined;
    range.bracket = key.bracket;
    const bound = { k: key.k, inclusive: op.endsWith('e') };
    if (op.startsWith('$g')) range.low = bound;
    else range.high = bound;
  }
  return range as Range;
}

export class OrderedKeys {
  private readonly runs = new Map<Bracket, SortedRun>();

  add(v: unknown, id: string): void {
    const key = orderedKey(v);
    if (!key) return;
    let run = this.runs.get(key.bracket);
    if (!run) this.runs.set(key.bracket, (run = new SortedRun()));
    run.insert(key.k, id);
  }

  remove(v: unknown, id: string): void {
    const key = orderedKey(v);
    if (key) this.runs.get(key.bracket)?.remove(key.k, id);
  }

  /** Ids whose value lies in the range; a superset is fine, the query engine filters after. */
  idsIn(range: Range): Set<string> {
    const run = this.runs.get(range.bracket);
    const out = new Set<string>();
    if (!run) return out;
    const from = range.low ? run.bound(range.low.k, !range.low.inclusive) : 0;
    const to = range.high ? run.bound(range.high.k, range.high.inclusive) : run.keys.length;
    for (let i = from; i < to; i++) out.add(run.ids[i]);
    return out;
  }
}
