import { MongoClient, type Collection, type Db, type Document } from 'mongodb';
import { planSummary, startEmbeddedMongo } from '../../src';
import { openTarget, rejection, type Target } from '../support/target';

const NO_INDEX = "No indexed plans available, and running with 'notablescan'";

describe('explain', () => {
  let target: Target;
  let db: Db;
  let c: Collection;

  beforeAll(async () => {
    target = await openTarget('explain');
    db = target.db;
    c = db.collection('learners');
    await c.createIndex({ email: 1 }, { unique: true });
    await c.createIndex({ group: 1, name: 1 });
    await c.insertMany(
      Array.from({ length: 20 }, (_, i) => ({
        _id: i as never,
        email: `l${i}@example.org`,
        group: i % 3,
        name: `n${i}`,
        city: i % 2 ? 'Bălți' : 'Lviv',
      })),
    );
  });
  afterAll(() => target.close());

  const plan = async (explained: Promise<Document>) => planSummary(await explained);

  it('shows an index scan under a fetch for an indexed equality, range and $in', async () => {
    const eq = await c.find({ group: 1 }).explain('queryPlanner');
    expect(eq.queryPlanner.namespace).toBe(`${db.databaseName}.learners`);
    expect(eq.queryPlanner.winningPlan).toMatchObject({
      stage: 'FETCH',
      inputStage: {
        stage: 'IXSCAN',
        indexName: 'group_1_name_1',
        keyPattern: { group: 1, name: 1 },
        isUnique: false,
        direction: 'forward',
        indexBounds: { group: ['[1, 1]'], name: ['[MinKey, MaxKey]'] },
      },
    });
    // mongod 8 may answer a unique equality with EXPRESS_IXSCAN: the summary holds for both.
    expect(await plan(c.find({ email: 'l3@example.org' }).explain())).toMatchObject({
      indexes: ['email_1'],
      collectionScan: false,
    });
    expect(await plan(c.find({ group: { $gte: 1 } }).explain())).toMatchObject({
      indexes: ['group_1_name_1'],
      collectionScan: false,
    });
    expect(await plan(c.find({ _id: { $in: [1, 2] } as never }).explain())).toMatchObject({
      indexes: ['_id_'],
    });
  });

  it('shows a collection scan for a filter no index answers', async () => {
    const scan = await c.find({ city: 'Lviv' }).explain('queryPlanner');
    expect(scan.queryPlanner.winningPlan).toMatchObject({ stage: 'COLLSCAN', direction: 'forward' });
    expect(planSummary(scan)).toMatchObject({ stages: ['COLLSCAN'], indexes: [], collectionScan: true });
  });

  it('explains counts, aggregations, updates and deletes without changing anything', async () => {
    const count = await db.command({ explain: { count: 'learners', query: { email: 'l1@example.org' } } });
    expect(planSummary(count).indexes).toEqual(['email_1']);
    const agg = await c
      .aggregate([{ $match: { group: 2 } }, { $group: { _id: '$city', n: { $sum: 1 } } }])
      .explain();
    expect(planSummary(agg)).toMatchObject({ indexes: ['group_1_name_1'], collectionScan: false });
    const upd = await db.command({
      explain: { update: 'learners', updates: [{ q: { city: 'Lviv' }, u: { $set: { x: 1 } }, multi: true }] },
      verbosity: 'queryPlanner',
    });
    expect(planSummary(upd)).toMatchObject({ collectionScan: true });
    const del = await db.command({
      explain: { delete: 'learners', deletes: [{ q: { email: 'l2@example.org' }, limit: 1 }] },
      verbosity: 'queryPlanner',
    });
    expect(planSummary(del).indexes).toEqual(['email_1']);
    expect(await c.countDocuments({ x: 1 })).toBe(0);
    expect(await c.countDocuments()).toBe(20);
  });

  it('reports executed counts with executionStats', async () => {
    const stats = await c.find({ group: 1 }).explain('executionStats');
    expect(stats.executionStats).toMatchObject({ executionSuccess: true, nReturned: 7 });
  });
});

describe('notablescan', () => {
  let target: Target;
  let db: Db;
  let c: Collection;
  const setNoTableScan = (on: boolean) =>
    target.client.db('admin').command({ setParameter: 1, notablescan: on });

  beforeAll(async () => {
    target = await openTarget('notablescan');
    db = target.db;
    c = db.collection('people');
    await c.createIndex({ email: 1 }, { unique: true });
    await c.createIndex({ age: 1 });
    await c.insertMany([
      { _id: 1 as never, email: 'ana@example.org', age: 67, city: 'Bălți' },
      { _id: 2 as never, email: 'olena@example.org', age: 64, city: 'Lviv' },
    ]);
  });
  afterEach(() => setNoTableScan(false));
  afterAll(() => target.close());

  it('is read and set through getParameter and setParameter on admin', async () => {
    const admin = target.client.db('admin');
    expect(await admin.command({ getParameter: 1, notablescan: 1 })).toMatchObject({ notablescan: false });
    expect(await setNoTableScan(true)).toMatchObject({ was: false, ok: 1 });
    expect(await admin.command({ getParameter: 1, notablescan: 1 })).toMatchObject({ notablescan: true });
    expect((await rejection(db.command({ setParameter: 1, notablescan: false }))).code).toBe(13);
  });

  it('refuses queries that would scan the whole collection, with code 291', async () => {
    await setNoTableScan(true);
    const err = await rejection(c.find({ city: 'Lviv' }).toArray());
    expect(err).toMatchObject({ code: 291, codeName: 'NoQueryExecutionPlans' });
    expect(err.message).toContain(NO_INDEX);
    expect((await rejection(c.countDocuments({ city: 'Lviv' }))).code).toBe(291);
    expect((await rejection(c.updateOne({ city: 'Lviv' }, { $set: { a: 1 } }))).code).toBe(291);
    expect((await rejection(c.deleteMany({ city: { $ne: 'x' } }))).code).toBe(291);
    expect((await rejection(c.aggregate([{ $match: { city: 'Lviv' } }]).toArray())).code).toBe(291);
    expect((await rejection(c.distinct('city', { city: 'Lviv' }))).code).toBe(291);
    expect((await rejection(c.findOneAndUpdate({ city: 'Lviv' }, { $set: { a: 1 } }))).code).toBe(291);
    expect((await rejection(c.find({ $or: [{ email: 'x' }, { city: 'Lviv' }] }).toArray())).code).toBe(291);
  });

  it('lets through _id lookups, indexed equality, $in and ranges, $or over indexes and empty filters', async () => {
    await setNoTableScan(true);
    expect(await c.findOne({ _id: 1 as never })).toMatchObject({ email: 'ana@example.org' });
    expect(await c.countDocuments({ email: 'olena@example.org', city: 'Lviv' })).toBe(1);
    expect(await c.countDocuments({ email: { $in: ['ana@example.org', 'x'] } })).toBe(1);
    expect(await c.countDocuments({ age: { $gte: 65, $lt: 70 } })).toBe(1);
    expect(await c.countDocuments({ $or: [{ _id: 2 as never }, { age: 67 }] })).toBe(2);
    // mongod does not apply notablescan to an empty filter.
    expect(await c.countDocuments({})).toBe(2);
    expect(await c.find({}).toArray()).toHaveLength(2);
    expect(await c.aggregate([{ $group: { _id: null, n: { $sum: 1 } } }]).toArray()).toEqual([
      { _id: null, n: 2 },
    ]);
    expect((await c.updateOne({ email: 'ana@example.org' }, { $set: { seen: true } })).modifiedCount).toBe(1);
    // An index that provides the order makes a plan too, in find and in aggregate.
    expect((await c.find({ city: 'Lviv' }).sort({ age: 1 }).toArray()).map((d) => d._id)).toEqual([2]);
    const sorted = await c
      .aggregate([{ $match: { city: { $exists: true } } }, { $sort: { age: -1 } }])
      .toArray();
    expect(sorted.map((d) => d._id)).toEqual([1, 2]);
  });
});

const describeEmbedded = process.env.MONGODB_URI ? describe.skip : describe;

// A start option of the embedded server; mongod's equivalent is `--setParameter notablescan=1`.
describeEmbedded('the notablescan start option', () => {
  it('starts the server with table scans refused', async () => {
    const server = await startEmbeddedMongo({ notablescan: true });
    const client = await MongoClient.connect(`${server.uri}?directConnection=true`);
    try {
      const admin = client.db('admin');
      expect(await admin.command({ getParameter: 1, notablescan: 1 })).toMatchObject({ notablescan: true });
      const c = client.db('punte').collection('x');
      await c.insertOne({ _id: 1 as never, a: 1 });
      expect((await rejection(c.findOne({ a: 1 }))).code).toBe(291);
      expect(await c.findOne({ _id: 1 as never })).toEqual({ _id: 1, a: 1 });
    } finally {
      await client.close();
      await server.close();
    }
  });
});
