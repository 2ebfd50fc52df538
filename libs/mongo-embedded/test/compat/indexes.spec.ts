import { MongoServerError, type Db } from 'mongodb';
import { openTarget, rejection, type Target } from '../support/target';

describe('indexes', () => {
  let target: Target;
  let db: Db;

  beforeAll(async () => {
    target = await openTarget('indexes');
    db = target.db;
  });
  afterAll(() => target.close());

  it('rejects a duplicate on a unique index with the error mongod gives', async () => {
    const users = db.collection('users');
    await users.createIndex({ email: 1 }, { unique: true });
    await users.insertOne({ email: 'ana@example.md' });
    const err = await rejection(users.insertOne({ email: 'ana@example.md' }));
    expect(err).toBeInstanceOf(MongoServerError);
    expect(err.code).toBe(11000);
    expect(err.message).toBe(
      `E11000 duplicate key error collection: ${db.databaseName}.users index: email_1 dup key: { email: "ana@example.md" }`,
    );
    expect(err.keyPattern).toEqual({ email: 1 });
    expect(err.keyValue).toEqual({ email: 'ana@example.md' });
  });

  it('enforces compound and partial unique indexes', async () => {
    const enrolments = db.collection('enrolments');
    await enrolments.createIndex({ learner: 1, course: 1 }, { unique: true, name: 'learner_course' });
    await enrolments.insertOne({ learner: 'l1', course: 'c1' });
    await enrolments.insertOne({ learner: 'l1', course: 'c2' });
    const dup = await rejection(enrolments.insertOne({ learner: 'l1', course: 'c1' }));
    expect(dup.message).toContain('index: learner_course dup key: { learner: "l1", course: "c1" }');

    const pins = db.collection('pins');
    await pins.createIndex({ pin: 1 }, { unique: true, partialFilterExpression: { active: true } });
    await pins.insertMany([
      { pin: '1234', active: false },
      { pin: '1234', active: false },
      { pin: '1234', active: true },
    ]);
    expect((await rejection(pins.insertOne({ pin: '1234', active: true }))).code).toBe(11000);
  });

  it('refuses an update that would duplicate a unique key and leaves the document unchanged', async () => {
    const users = db.collection('users');
    await users.insertOne({ email: 'petru@example.md' });
    const err = await rejection(
      users.updateOne({ email: 'petru@example.md' }, { $set: { email: 'ana@example.md' } }),
    );
    expect(err.code).toBe(11000);
    expect(await users.countDocuments({ email: 'petru@example.md' })).toBe(1);
  });

  it('refuses to build a unique index over existing duplicates', async () => {
    const c = db.collection('dups');
    await c.insertMany([{ k: 1 }, { k: 1 }]);
    expect((await rejection(c.createIndex({ k: 1 }, { unique: true }))).code).toBe(11000);
    expect((await c.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_']);
  });

  it('lists and drops indexes', async () => {
    const c = db.collection('listed');
    await c.createIndexes([{ key: { a: 1 } }, { key: { b: -1 }, name: 'by_b', unique: true }]);
    expect(await c.listIndexes().toArray()).toEqual([
      { v: 2, key: { _id: 1 }, name: '_id_' },
      { v: 2, key: { a: 1 }, name: 'a_1' },
      { v: 2, key: { b: -1 }, name: 'by_b', unique: true },
    ]);
    expect(await c.indexExists('by_b')).toBe(true);
    await c.dropIndex('by_b');
    expect((await rejection(c.dropIndex('by_b'))).code).toBe(27);
    await c.dropIndexes();
    expect((await c.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_']);
  });

  it('answers creating the same index twice as a no-op and a conflicting one with code 86', async () => {
    const c = db.collection('twice');
    await c.createIndex({ a: 1 });
    expect(await c.createIndex({ a: 1 })).toBe('a_1');
    expect((await rejection(c.createIndex({ a: 1 }, { name: 'a_1', unique: true }))).code).toBe(86);
  });

  it('answers listIndexes on a missing collection with NamespaceNotFound', async () => {
    const err = await rejection(db.collection('missing').listIndexes().toArray());
    expect(err.code).toBe(26);
  });

  it('uses indexes for equality, $in and range lookups', async () => {
    const c = db.collection('lookups');
    await c.createIndex({ n: 1 });
    await c.insertMany(Array.from({ length: 200 }, (_, i) => ({ n: i, tag: i % 2 ? 'odd' : 'even' })));
    expect(await c.countDocuments({ n: 7 })).toBe(1);
    expect(await c.countDocuments({ n: { $in: [1, 2, 300] } })).toBe(2);
    expect(await c.countDocuments({ n: { $gte: 10, $lt: 20 } })).toBe(10);
    expect(await c.countDocuments({ n: { $gt: 190 }, tag: 'odd' })).toBe(5);
  });

  it('answers indexed lookups exactly: types, arrays and dotted paths through arrays', async () => {
    const c = db.collection('multikey');
    await c.createIndex({ 'steps.id': 1 });
    await c.createIndex({ code: 1 });
    await c.insertMany([
      { _id: 'a' as never, code: 1, steps: [{ id: 'intro' }, { id: 'quiz' }] },
      { _id: 'b' as never, code: '1', steps: [{ id: 'quiz' }] },
      { _id: 'c' as never, code: [1, 2], steps: { id: 'intro' } },
      { _id: 'd' as never, code: 1.0, steps: [] },
    ]);
    const ids = async (filter: object) => (await c.find(filter).sort({ _id: 1 }).toArray()).map((d) => d._id);
    expect(await ids({ 'steps.id': 'intro' })).toEqual(['a', 'c']);
    expect(await ids({ 'steps.id': 'quiz' })).toEqual(['a', 'b']);
    expect(await ids({ code: 1 })).toEqual(['a', 'c', 'd']);
    expect(await ids({ code: '1' })).toEqual(['b']);
    expect(await ids({ _id: 'c' })).toEqual(['c']);
    expect(await ids({ code: { $eq: 2 } })).toEqual(['c']);
  });

  it('answers range queries on indexed numbers, dates and arrays like MongoDB', async () => {
    const c = db.collection('ranges');
    await c.createIndex({ at: 1 });
    await c.createIndex({ scores: 1 });
    await c.insertMany([
      { _id: 1 as never, at: new Date('2026-01-01'), scores: [5, 50] },
      { _id: 2 as never, at: new Date('2026-02-01'), scores: [15] },
      { _id: 3 as never, at: '2026-03-01', scores: 'n/a' },
      { _id: 4 as never, at: new Date('2026-03-01'), scores: [] },
    ]);
    const ids = async (filter: object) => (await c.find(filter).sort({ _id: 1 }).toArray()).map((d) => d._id);
    expect(await ids({ at: { $gte: new Date('2026-02-01') } })).toEqual([2, 4]);
    expect(await ids({ at: { $gt: new Date('2026-01-01'), $lt: new Date('2026-03-01') } })).toEqual([2]);
    expect(await ids({ scores: { $gt: 10, $lt: 20 } })).toEqual([1, 2]);
    expect(await ids({ scores: { $gte: 50 } })).toEqual([1]);
    expect(await ids({ _id: { $gt: 2 } })).toEqual([3, 4]);
    await c.deleteOne({ _id: 2 as never });
    await c.updateOne({ _id: 4 as never }, { $set: { at: new Date('2025-01-01') } });
    expect(await ids({ at: { $lt: new Date('2026-06-01') } })).toEqual([1, 4]);
  });
});
