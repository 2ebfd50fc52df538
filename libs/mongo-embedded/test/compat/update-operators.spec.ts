import { Double, MongoClient, type Collection, type Db, type Document } from 'mongodb';
import { startEmbeddedMongo } from '../../src';
import { openTarget, rejection, tempDbPath, type Target } from '../support/target';

/**
 * mongod applies every operator of an update to the document the filter matched, whatever their
 * order and even when one of them changes a field the filter names. The embedded server once
 * tested the filter again between operators and silently dropped the later ones (a `$push` after
 * the `$set` of the `revision` an optimistic write filters on). Each expectation is mongod's answer.
 */
describe('every operator of one update is applied', () => {
  let target: Target;
  let db: Db;
  let n = 0;
  const fresh = (): Collection => db.collection(`ops_${n++}`);
  const lesson = (): Document => ({
    _id: 1,
    learnerId: 'u1',
    lessonId: 'l1',
    revision: 3,
    events: [{ id: 'e1' }],
    refused: [],
    eventCount: 1,
    status: 'started',
  });
  const key = { learnerId: 'u1', lessonId: 'l1' };
  // The shape of the progress repository's `append`, in both operator orders.
  const push = {
    events: { $each: [{ id: 'e2' }, { id: 'e3' }] },
    refused: { $each: [{ id: 'r1' }], $slice: -500 },
  };
  const set = { status: 'finished', stepNumber: 4, revision: 4 };
  const expected = {
    ...lesson(),
    revision: 4,
    events: [{ id: 'e1' }, { id: 'e2' }, { id: 'e3' }],
    refused: [{ id: 'r1' }],
    eventCount: 3,
    status: 'finished',
    stepNumber: 4,
  };

  beforeAll(async () => {
    target = await openTarget('update_operators');
    db = target.db;
  });
  afterAll(() => target.close());

  it.each([
    ['$set, $inc, $push', { $set: set, $inc: { eventCount: 2 }, $push: push }],
    ['$push, $inc, $set', { $push: push, $inc: { eventCount: 2 }, $set: set }],
    ['$inc, $set, $push', { $inc: { eventCount: 2 }, $set: set, $push: push }],
  ])('applies %s when $set changes the revision the filter names', async (_order, update) => {
    const c = fresh();
    await c.insertOne(lesson());
    const res = await c.updateOne({ ...key, revision: 3 }, update as Document);
    expect([res.matchedCount, res.modifiedCount]).toEqual([1, 1]);
    expect(await c.findOne({ _id: 1 as never })).toEqual(expected);
    // The revision moved on: the same write again matches nothing and changes nothing.
    expect((await c.updateOne({ ...key, revision: 3 }, update as Document)).matchedCount).toBe(0);
    expect(await c.findOne({ _id: 1 as never })).toEqual(expected);
  });

  it('applies them all through findOneAndUpdate, and on an upsert', async () => {
    const c = fresh();
    await c.insertOne(lesson());
    const after = await c.findOneAndUpdate(
      { ...key, revision: 3 },
      { $set: set, $inc: { eventCount: 2 }, $push: push } as Document,
      { returnDocument: 'after' },
    );
    expect(after).toEqual(expected);
    await c.updateOne(
      { learnerId: 'u2', lessonId: 'l1', revision: 0 },
      {
        $set: { revision: 1 },
        $inc: { eventCount: 1 },
        $push: { events: { $each: [{ id: 'e1' }] } },
      } as Document,
      { upsert: true },
    );
    expect(await c.findOne({ learnerId: 'u2' }, { projection: { _id: 0 } })).toEqual({
      learnerId: 'u2',
      lessonId: 'l1',
      revision: 1,
      eventCount: 1,
      events: [{ id: 'e1' }],
    });
  });

  it('applies the operators mongod has after one that removes or changes a filtered field', async () => {
    const c = fresh();
    await c.insertOne({ _id: 1 as never, draft: true, n: 0, tags: ['a'], log: [1, 2], seen: [] });
    await c.updateOne({ draft: true, n: 0 }, {
      $unset: { draft: '' },
      $inc: { n: 1 },
      $push: { log: 3 },
      $addToSet: { tags: 'b' },
      $pop: { seen: 1 },
      $currentDate: { at: true },
    } as Document);
    const doc = await c.findOne({ _id: 1 as never });
    expect(doc).toMatchObject({ n: 1, tags: ['a', 'b'], log: [1, 2, 3], seen: [] });
    expect(doc).not.toHaveProperty('draft');
    expect(doc!.at).toBeInstanceOf(Date);
  });

  it('finds the element of a positional $ once, in the document the filter matched', async () => {
    const c = fresh();
    await c.insertOne({
      _id: 1 as never,
      count: 0,
      items: [
        { id: 'a', n: 0, likes: [] },
        { id: 'b', n: 0, likes: [] },
      ],
    });
    // mongod leaves the element of `$` undefined when the filter goes through two arrays: one here.
    await c.updateOne({ count: 0, 'items.id': 'b' }, {
      $set: { count: 1, 'items.$.id': 'c' },
      $inc: { 'items.$.n': 1 },
      $push: { 'items.$.likes': 'u1' },
    } as Document);
    expect(await c.findOne({ _id: 1 as never })).toEqual({
      _id: 1,
      count: 1,
      items: [
        { id: 'a', n: 0, likes: [] },
        { id: 'c', n: 1, likes: ['u1'] },
      ],
    });
    const missing = await rejection(c.updateOne({ _id: 1 as never }, { $set: { 'items.$.n': 5 } }));
    expect(missing.code).toBe(2);
  });

  it('chooses the elements of $[id] once, before an earlier operator changes the filtered field', async () => {
    const c = fresh();
    await c.insertOne({
      _id: 1 as never,
      a: [
        { v: 1, n: 0, tags: [] },
        { v: 2, n: 0, tags: [] },
      ],
    });
    await c.updateOne(
      { _id: 1 as never },
      {
        $set: { 'a.$[x].v': 5, 'a.$[].seen': true },
        $inc: { 'a.$[x].n': 1 },
        $push: { 'a.$[x].tags': 't' },
      } as Document,
      { arrayFilters: [{ 'x.v': 1 }] },
    );
    expect((await c.findOne({ _id: 1 as never }))!.a).toEqual([
      { v: 5, n: 1, tags: ['t'], seen: true },
      { v: 2, n: 0, tags: [], seen: true },
    ]);
  });

  it.each([
    ['$set of a parent and $push below it', { $set: { a: { b: [] } }, $push: { 'a.b': 1 } }],
    ['$set and $push of one array', { $set: { events: [] }, $push: { events: { id: 'x' } } }],
    [
      '$push of an array and $set inside it',
      { $push: { events: { id: 'x' } }, $set: { 'events.0.id': 'y' } },
    ],
    ['$inc and $set of one field', { $set: { revision: 9 }, $inc: { revision: 1 } }],
  ])('refuses conflicting paths (%s) with code 40 and changes nothing', async (_case, update) => {
    const c = fresh();
    await c.insertOne(lesson());
    const err = await rejection(c.updateOne({ ...key, revision: 3 }, update as Document));
    expect(err.code).toBe(40);
    expect(err.message).toMatch(/^Updating the path '.+' would create a conflict at '.+'$/);
    expect(await c.findOne({ _id: 1 as never })).toEqual(lesson());
  });
});

const describeEmbedded = process.env.MONGODB_URI ? describe.skip : describe;

// Restart behaviour belongs to the embedded server.
describeEmbedded('an update restored from the journal', () => {
  it('gives the same document after a restart', async () => {
    const { dir, cleanup } = tempDbPath();
    const read = async (uri: string, write: boolean): Promise<Document | null> => {
      const client = await MongoClient.connect(`${uri}?directConnection=true`);
      try {
        const c = client.db('punte').collection('progress');
        if (write) {
          await c.insertOne({ _id: 1 as never, revision: 1, events: [], refused: [], eventCount: 0 });
          await c.updateOne({ _id: 1 as never, revision: 1 }, {
            $set: { status: 'started', revision: 2 },
            $inc: { eventCount: 1 },
            $push: { events: { $each: [{ id: 'e1' }] }, refused: { $each: [], $slice: -500 } },
          } as Document);
        }
        return await c.findOne({ _id: 1 as never });
      } finally {
        await client.close();
      }
    };
    try {
      const first = await startEmbeddedMongo({ dbPath: dir });
      const written = await read(first.uri, true);
      await first.close();
      const second = await startEmbeddedMongo({ dbPath: dir });
      const restored = await read(second.uri, false);
      await second.close();
      expect(written).toEqual({
        _id: 1,
        revision: 2,
        events: [{ id: 'e1' }],
        refused: [],
        eventCount: 1,
        status: 'started',
      });
      expect(restored).toEqual(written);
    } finally {
      cleanup();
    }
  });
});

/**
 * The embedded server copies only the parts of a document an update changes and shares the rest
 * with the stored version: the stored version must come out untouched, and "modified" must still
 * mean that the BSON changed (a type counts, as in mongod).
 */
describe('an update leaves the stored version as it was', () => {
  let target: Target;
  let db: Db;
  let n = 0;
  const fresh = (): Collection => db.collection(`cow_${n++}`);
  const original = (): Document => ({
    _id: 1,
    log: { events: [{ id: 'e1', tags: ['a'] }], count: 1 },
    other: { deep: { list: [1, 2] } },
    n: 5,
  });

  beforeAll(async () => {
    target = await openTarget('update_sharing');
    db = target.db;
  });
  afterAll(() => target.close());

  it('returns the untouched version as "before" for nested $push, $set, $unset, $rename and $pop', async () => {
    const c = fresh();
    await c.insertOne(original());
    const before = await c.findOneAndUpdate(
      { _id: 1 as never },
      {
        $push: { 'log.events.0.tags': 'b' },
        $set: { 'other.deep.flag': true },
        $unset: { 'log.count': '' },
        $rename: { n: 'm' },
        $pop: { 'other.deep.list': 1 },
      } as Document,
      { returnDocument: 'before' },
    );
    expect(before).toEqual(original());
    const stored = await c.findOne({ _id: 1 as never });
    // A second update from the first one's result: it is the stored version now, and kept as well.
    const second = await c.findOneAndUpdate(
      { _id: 1 as never },
      { $push: { 'log.events': { id: 'e2', tags: [] } } } as Document,
      { returnDocument: 'before' },
    );
    expect(second).toEqual(stored);
    expect(await c.findOne({ _id: 1 as never })).toEqual({
      _id: 1,
      log: {
        events: [
          { id: 'e1', tags: ['a', 'b'] },
          { id: 'e2', tags: [] },
        ],
      },
      other: { deep: { list: [1], flag: true } },
      m: 5,
    });
  });

  it('keeps the stored version when the updated one is refused (a duplicate key)', async () => {
    const c = fresh();
    await c.createIndex({ 'log.count': 1 }, { unique: true });
    await c.insertMany([original(), { ...original(), _id: 2, log: { events: [], count: 2 } }]);
    const refused = await rejection(
      c.updateOne({ _id: 2 as never }, {
        $set: { 'log.count': 1 },
        $push: { 'log.events': { id: 'x' } },
      } as Document),
    );
    expect(refused.code).toBe(11000);
    expect(await c.findOne({ _id: 2 as never })).toEqual({
      ...original(),
      _id: 2,
      log: { events: [], count: 2 },
    });
  });

  it('counts as modified only what changes its BSON: the same value is not, a new type is', async () => {
    const c = fresh();
    await c.insertOne(original());
    const same = await c.updateOne({ _id: 1 as never }, { $set: { n: 5, 'other.deep.list': [1, 2] } });
    expect([same.matchedCount, same.modifiedCount]).toEqual([1, 0]);
    const asDouble = await c.updateOne({ _id: 1 as never }, { $set: { n: new Double(5) } });
    expect([asDouble.matchedCount, asDouble.modifiedCount]).toEqual([1, 1]);
    const reordered = await c.updateOne({ _id: 1 as never }, { $set: { other: { deep: { list: [2, 1] } } } });
    expect(reordered.modifiedCount).toBe(1);
  });
});
