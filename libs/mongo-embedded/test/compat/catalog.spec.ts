import { Long, type Db } from 'mongodb';
import { openTarget, rejection, type Target } from '../support/target';

describe('collections and databases', () => {
  let target: Target;
  let db: Db;

  beforeAll(async () => {
    target = await openTarget('catalog');
    db = target.db;
  });
  afterAll(() => target.close());

  it('creates, lists and drops collections', async () => {
    await db.createCollection('courses');
    expect((await rejection(db.createCollection('courses'))).code).toBe(48);
    await db.collection('lessons').insertOne({ a: 1 });
    const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).sort();
    expect(names).toEqual(['courses', 'lessons']);
    expect(await db.listCollections({ name: 'courses' }).toArray()).toEqual([
      expect.objectContaining({ name: 'courses', type: 'collection' }),
    ]);
    expect(await db.dropCollection('courses')).toBe(true);
    expect((await db.listCollections().toArray()).map((c) => c.name)).toEqual(['lessons']);
  });

  it('rejects invalid collection names', async () => {
    expect((await rejection(db.collection('bad$name').insertOne({}))).code).toBe(73);
  });

  it('lists databases and drops one', async () => {
    const other = target.client.db(`${db.databaseName}_other`);
    await other.collection('x').insertOne({ a: 1 });
    const { databases } = await target.client.db('admin').admin().listDatabases();
    expect(databases.map((d) => d.name)).toEqual(
      expect.arrayContaining([db.databaseName, other.databaseName]),
    );
    await other.dropDatabase();
    const after = await target.client.db('admin').admin().listDatabases({ nameOnly: true });
    expect(after.databases.map((d) => d.name)).not.toContain(other.databaseName);
  });

  it('reads nothing from a collection that does not exist', async () => {
    expect(await db.collection('nothing').find().toArray()).toEqual([]);
    expect(await db.collection('nothing').countDocuments()).toBe(0);
    expect((await db.collection('nothing').updateOne({}, { $set: { a: 1 } })).matchedCount).toBe(0);
  });
});

describe('server commands and errors', () => {
  let target: Target;

  beforeAll(async () => {
    target = await openTarget('errors');
  });
  afterAll(() => target.close());

  it('answers ping, hello and buildInfo', async () => {
    const admin = target.client.db('admin');
    expect(await admin.command({ ping: 1 })).toMatchObject({ ok: 1 });
    const hello = await admin.command({ hello: 1 });
    expect(hello).toMatchObject({ isWritablePrimary: true, ok: 1 });
    expect(hello.maxWireVersion).toBeGreaterThanOrEqual(9);
    expect((await admin.command({ buildInfo: 1 })).version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('answers an unknown command with CommandNotFound', async () => {
    const err = await rejection(target.db.command({ frobnicate: 1 }));
    expect(err.code).toBe(59);
    expect(err.codeName).toBe('CommandNotFound');
    expect(err.message).toContain("no such command: 'frobnicate'");
  });

  it('refuses transactions the way a standalone server does', async () => {
    const session = target.client.startSession();
    try {
      session.startTransaction();
      // The driver rewrites mongod's code 20 into its own advice about retryable writes.
      const err = await rejection(target.db.collection('t').insertOne({ a: 1 }, { session }));
      expect(err.message).toContain('does not support retryable writes');
    } finally {
      await session.endSession();
    }
    expect(await target.db.collection('t').countDocuments()).toBe(0);
    const raw = await rejection(
      target.db.command({
        find: 't',
        txnNumber: Long.fromNumber(1),
        autocommit: false,
        startTransaction: true,
      }),
    );
    expect(raw.code).toBe(20);
  });

  it('stores a document just under 16 MB and refuses one over it', async () => {
    const c = target.db.collection('big');
    const near = 'x'.repeat(16 * 1024 * 1024 - 100);
    await c.insertOne({ _id: 'near' as never, s: near });
    expect(((await c.findOne({ _id: 'near' as never }))!.s as string).length).toBe(near.length);
    const err = await rejection(c.insertOne({ _id: 'over' as never, s: 'x'.repeat(16 * 1024 * 1024 + 10) }));
    expect(err.message).toMatch(/too large|BSONObjectTooLarge|exceeds/i);
    expect(await c.countDocuments({ _id: 'over' as never })).toBe(0);
  });

  it('answers malformed queries with an error, not a dropped connection', async () => {
    const err = await rejection(
      target.db
        .collection('t')
        .find({ a: { $frob: 1 } })
        .toArray(),
    );
    expect(err.code).toBe(2);
    expect(await target.db.command({ ping: 1 })).toMatchObject({ ok: 1 });
  });

  it('answers an invalid regular expression and a malformed update with mongod codes', async () => {
    const t = target.db.collection('t');
    await t.insertOne({ name: 'Ana' });
    const regex = await rejection(t.find({ name: { $regex: '(' } }).toArray());
    expect(regex).toMatchObject({ code: 51091, codeName: 'Location51091' });
    const update = await rejection(t.updateOne({}, { $inc: { name: 1 } }));
    expect(update.code).toBe(14);
  });
});
