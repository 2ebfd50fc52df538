import { Collection } from './collection';

function people(n: number): Collection {
  const c = new Collection('db', 'people');
  c.createIndex({ name: 'age_1', key: { age: 1 } });
  c.createIndex({ name: 'seen_1', key: { seen: 1 } });
  for (let i = 0; i < n; i++)
    c.insert({ _id: i, age: i % 100, seen: new Date(Date.UTC(2026, 0, 1 + (i % 365))), tags: ['x'] });
  return c;
}

const count = (it: Iterable<unknown>): number => [...it].length;

describe('index lookups instead of scans', () => {
  const c = people(10_000);

  it('answers an equality from the index', () => {
    expect(count(c.candidates({ age: 42 }))).toBe(100);
    expect(c.exactMatches({ age: 42 })).toHaveLength(100);
  });

  it('answers numeric and date ranges from the sorted index, bounds included or not', () => {
    expect(count(c.candidates({ age: { $gte: 10, $lt: 20 } }))).toBe(1000);
    expect(count(c.candidates({ age: { $gt: 10, $lte: 20 } }))).toBe(1000);
    expect(count(c.candidates({ age: { $gt: 98 } }))).toBe(100);
    expect(count(c.candidates({ seen: { $lt: new Date(Date.UTC(2026, 0, 3)) } }))).toBe(2 * 28);
    expect(count(c.candidates({ _id: { $gte: 9_990 } }))).toBe(10);
  });

  it('keeps the sorted index current through updates and deletes', () => {
    const d = people(10);
    d.replace(d.docs.get('n3')!, { _id: 3, age: 500 });
    d.remove(d.docs.get('n4')!);
    expect([...d.candidates({ age: { $gte: 100 } })].map((x) => x._id)).toEqual([3]);
    expect([...d.candidates({ age: { $gte: 3, $lte: 4 } })]).toEqual([]);
  });

  it('falls back to a scan for what the index cannot answer', () => {
    expect(count(c.candidates({ name: { $gte: 'a' } }))).toBe(10_000);
    expect(count(c.candidates({ age: { $gte: 'a' } }))).toBe(10_000);
    expect(c.exactMatches({ age: { $gt: 1 } })).toBeUndefined();
  });

  it('narrows by one bound only over arrays, where each bound may match a different element', () => {
    const d = new Collection('db', 'scores');
    d.createIndex({ name: 'scores_1', key: { scores: 1 } });
    d.insert({ _id: 1, scores: [5, 50] });
    d.insert({ _id: 2, scores: [1, 2] });
    expect([...d.candidates({ scores: { $gt: 10, $lt: 20 } })].map((x) => x._id)).toEqual([1]);
  });
});
