import {
  Binary,
  Decimal128,
  Double,
  Int32,
  Long,
  MongoClient,
  ObjectId,
  UUID,
  type Collection,
  type Db,
} from 'mongodb';
import { startEmbeddedMongo } from '../../src';
import { openTarget, rejection, type Target } from '../support/target';

/**
 * Behaviours where the embedded server once answered differently from mongod without an error
 * (issue 15). Each expectation is mongod's answer, so the file also passes with MONGODB_URI set.
 */
describe('the same answers as mongod', () => {
  let target: Target;
  let db: Db;
  let n = 0;
  const fresh = (): Collection => db.collection(`parity_${n++}`);
  const ids = async (c: Collection, filter: object): Promise<unknown[]> =>
    (await c.find(filter).sort({ _id: 1 }).toArray()).map((d) => d._id);

  beforeAll(async () => {
    target = await openTarget('parity');
    db = target.db;
  });
  afterAll(() => target.close());

  it('1. projects the first matching array element with a positional projection', async () => {
    const c = fresh();
    await c.insertOne({
      _id: 1 as never,
      other: 'x',
      tags: [
        { tag: 'ham', n: 1 },
        { tag: 'eggs', n: 2 },
        { tag: 'eggs', n: 3 },
      ],
    });
    const doc = await c.findOne({ 'tags.tag': 'eggs' }, { projection: { 'tags.$': 1 } });
    expect(doc).toEqual({ _id: 1, tags: [{ tag: 'eggs', n: 2 }] });
  });

  it('2. pulls array elements matching a logical condition', async () => {
    const c = fresh();
    await c.insertOne({ _id: 1 as never, a: [{ f: '1' }, { f: '2' }, { f: '3' }] });
    const res = await c.updateOne({}, { $pull: { a: { $or: [{ f: '1' }, { f: '3' }] } } as never });
    expect(res.modifiedCount).toBe(1);
    expect((await c.findOne({}))!.a).toEqual([{ f: '2' }]);
  });

  it('3. keeps every BSON numeric type exactly, also through updates', async () => {
    const c = fresh();
    await c.insertOne({
      _id: 1 as never,
      d: new Double(5),
      i: new Int32(5),
      l: Long.fromNumber(5),
      m: Decimal128.fromString('5.0'),
      deep: [{ d: new Double(2) }],
    });
    await c.updateOne({ _id: 1 as never }, { $set: { other: 1 }, $inc: { d: 1 } });
    const back = await c.findOne({ _id: 1 as never }, { promoteValues: false });
    expect(back!.d).toBeInstanceOf(Double);
    expect((back!.d as Double).value).toBe(6);
    expect(back!.i).toBeInstanceOf(Int32);
    expect(back!.l).toBeInstanceOf(Long);
    expect(back!.m).toBeInstanceOf(Decimal128);
    expect((back!.deep as { d: unknown }[])[0].d).toBeInstanceOf(Double);
    await c.createIndex({ d: 1 }, { unique: true });
    const dup = await rejection(c.insertOne({ d: new Double(6) }));
    expect(dup.message).toContain('dup key: { d: 6.0 }');
  });

  it('4. matches $type by BSON type, and the $type expression names them like mongod', async () => {
    const c = fresh();
    const oid = new ObjectId();
    await c.insertMany([
      { _id: 1 as never, v: new Int32(1) },
      { _id: 2 as never, v: new Double(1.5) },
      { _id: 3 as never, v: Long.fromNumber(1) },
      { _id: 4 as never, v: Decimal128.fromString('1') },
      { _id: 5 as never, v: oid },
      { _id: 6 as never, v: new Double(2) },
    ]);
    expect(await ids(c, { v: { $type: 'long' } })).toEqual([3]);
    expect(await ids(c, { v: { $type: 18 } })).toEqual([3]);
    expect(await ids(c, { v: { $type: 'objectId' } })).toEqual([5]);
    expect(await ids(c, { v: { $type: 7 } })).toEqual([5]);
    expect(await ids(c, { v: { $type: 'int' } })).toEqual([1]);
    expect(await ids(c, { v: { $type: 'double' } })).toEqual([2, 6]);
    expect(await ids(c, { v: { $type: 'decimal' } })).toEqual([4]);
    expect(await ids(c, { v: { $type: 'number' } })).toEqual([1, 2, 3, 4, 6]);
    // Expressions compare a whole double by value too.
    expect(await ids(c, { $expr: { $eq: ['$v', 2] } })).toEqual([6]);
    const types = await c
      .aggregate([
        { $match: { _id: { $lte: 5 } } },
        { $sort: { _id: 1 } },
        { $project: { _id: 0, t: { $type: '$v' } } },
      ])
      .toArray();
    expect(types.map((d) => d.t)).toEqual(['int', 'double', 'long', 'decimal', 'objectId']);
  });

  it('5. compares and sorts every numeric type by value', async () => {
    const c = fresh();
    await c.insertMany([
      { _id: 1 as never, v: Long.fromNumber(5) },
      { _id: 2 as never, v: Decimal128.fromString('5') },
      { _id: 3 as never, v: 5 },
      { _id: 4 as never, v: new Double(4.5) },
      { _id: 5 as never, v: Long.fromNumber(3) },
      { _id: 6 as never, v: Decimal128.fromString('6.25') },
    ]);
    expect(await ids(c, { v: 5 })).toEqual([1, 2, 3]);
    expect(await ids(c, { v: { $gt: Long.fromNumber(4) } })).toEqual([1, 2, 3, 4, 6]);
    expect(await ids(c, { v: { $in: [Decimal128.fromString('3'), 6.25] } })).toEqual([5, 6]);
    const sorted = await c
      .find({ _id: { $in: [4, 5, 6] } as never })
      .sort({ v: 1 })
      .toArray();
    expect(sorted.map((d) => d._id)).toEqual([5, 4, 6]);
    // The same answers when an index serves the query.
    await c.insertOne({ _id: 7 as never, v: new Double(5) });
    await c.createIndex({ v: 1 });
    expect(await ids(c, { v: 5 })).toEqual([1, 2, 3, 7]);
    expect(await ids(c, { v: { $in: [Decimal128.fromString('5.0')] } })).toEqual([1, 2, 3, 7]);
    expect(await ids(c, { v: { $gte: 4.5, $lt: 6 } })).toEqual([1, 2, 3, 4, 7]);
  });

  it('6. orders BinData by length, then subtype, then bytes, and tests its bits', async () => {
    const c = fresh();
    const short = new Binary(Buffer.from('zzzzz'));
    const long = new Binary(Buffer.from('aaaaaaaaaa'));
    await c.insertMany([
      { _id: 1 as never, b: short },
      { _id: 2 as never, b: long },
      { _id: 3 as never, b: new UUID('01000000-0000-4000-8000-000000000000') },
    ]);
    expect(await ids(c, { b: { $gt: short } })).toEqual([2, 3]);
    expect(await ids(c, { b: { $lt: long } })).toEqual([1]);
    // Bit 0 is the low bit of the first byte: 'z' is 0x7a, 'a' 0x61, the UUID starts with 0x01.
    expect(await ids(c, { b: { $bitsAllSet: [0], $bitsAllClear: [5, 6] } })).toEqual([3]);
    expect(await ids(c, { b: { $bitsAnySet: [1, 3] } })).toEqual([1]);
    expect(await ids(c, { b: { $bitsAllClear: [1, 2] } })).toEqual([2, 3]);
  });

  it('7. replaces a Binary whose subtype differs', async () => {
    const c = fresh();
    await c.insertOne({ _id: 1 as never, b: new Binary(Buffer.from('hi'), 128) });
    const res = await c.updateOne({ _id: 1 as never }, { $set: { b: new Binary(Buffer.from('hi'), 0) } });
    expect(res.modifiedCount).toBe(1);
    expect(((await c.findOne({ _id: 1 as never }))!.b as Binary).sub_type).toBe(0);
  });

  it('8. matches $all against a scalar field', async () => {
    const c = fresh();
    await c.insertMany([
      { _id: 1 as never, meta: { visitors: 4 } },
      { _id: 2 as never, meta: { visitors: [4, 5] } },
      { _id: 3 as never, meta: { visitors: 5 } },
    ]);
    expect(await ids(c, { 'meta.visitors': { $all: [4] } })).toEqual([1, 2]);
    expect(await ids(c, { 'meta.visitors': { $all: [4, 5] } })).toEqual([2]);
  });

  it('9. keeps the other fields with a $slice-only projection', async () => {
    const c = fresh();
    await c.insertOne({ _id: 1 as never, array: [1, 2, 3], other: 'x', nested: { list: [4, 5] } });
    expect(await c.findOne({}, { projection: { array: { $slice: 1 } } })).toEqual({
      _id: 1,
      array: [1],
      other: 'x',
      nested: { list: [4, 5] },
    });
    expect(await c.findOne({}, { projection: { array: { $slice: [1, 1] }, other: 0 } })).toEqual({
      _id: 1,
      array: [2],
      nested: { list: [4, 5] },
    });
  });

  it('10. enforces a collection validator and lists it', async () => {
    await db.createCollection('validated', {
      validator: { $jsonSchema: { bsonType: 'object', required: ['name'] } },
    });
    const c = db.collection('validated');
    const err = await rejection(c.insertOne({ x: 1 }));
    expect(err).toMatchObject({ code: 121 });
    await c.insertOne({ _id: 1 as never, name: 'Ana' });
    expect((await rejection(c.updateOne({ _id: 1 as never }, { $unset: { name: '' } }))).code).toBe(121);
    const [info] = await db.listCollections({ name: 'validated' }).toArray();
    expect(info).toMatchObject({
      options: { validator: { $jsonSchema: { bsonType: 'object', required: ['name'] } } },
    });
    await db.createCollection('queryValidated', { validator: { age: { $gte: 18 } } });
    expect((await rejection(db.collection('queryValidated').insertOne({ age: 9 }))).code).toBe(121);
  });

  it('11. refuses an update through an array without an index with PathNotViable', async () => {
    const c = fresh();
    await c.insertOne({ _id: 1 as never, comments: [{ body: 'a' }], n: 5 });
    const err = await rejection(c.updateOne({ _id: 1 as never }, { $set: { 'comments.body': 'x' } }));
    expect(err).toMatchObject({ code: 28 });
    expect((await rejection(c.updateOne({ _id: 1 as never }, { $set: { 'n.x': 1 } }))).code).toBe(28);
    expect(await c.findOne({ _id: 1 as never })).toEqual({ _id: 1, comments: [{ body: 'a' }], n: 5 });
  });

  it('12. returns _id first and the other fields in document order', async () => {
    const c = fresh();
    await c.insertOne({ _id: 1 as never, title: 't', author: 'a', body: 'b' });
    const doc = await c.findOne({}, { projection: { author: 1, title: 1 } });
    expect(Object.keys(doc!)).toEqual(['_id', 'title', 'author']);
  });
});

describe('what a mongoose application sends, accepted like mongod accepts it', () => {
  let target: Target;
  let db: Db;

  beforeAll(async () => {
    target = await openTarget('mongoose_forms');
    db = target.db;
  });
  afterAll(() => target.close());

  it('takes operators inside $elemMatch on scalar arrays, and $id inside it', async () => {
    const c = db.collection('elem');
    const ref = new ObjectId();
    await c.insertMany([
      { _id: 1 as never, arr: [1, 7], refs: [{ $ref: 'x', $id: ref }] },
      { _id: 2 as never, arr: [3], refs: [] },
    ]);
    const ids = async (f: object) => (await c.find(f).sort({ _id: 1 }).toArray()).map((d) => d._id);
    expect(await ids({ arr: { $elemMatch: { $in: [7, 8] } } })).toEqual([1]);
    expect(await ids({ arr: { $elemMatch: { $gte: 2, $lt: 5 } } })).toEqual([2]);
    expect(await ids({ arr: { $elemMatch: { $not: { $gt: 2 } } } })).toEqual([1]);
    expect(await ids({ refs: { $elemMatch: { $id: ref } } })).toEqual([1]);
  });

  it('accepts $set of _id to its unchanged value and refuses a change', async () => {
    const c = db.collection('ids');
    await c.insertOne({ _id: 1 as never, v: 0 });
    const res = await c.updateOne({ _id: 1 as never }, { $set: { _id: 1 as never, v: 1 } });
    expect(res.modifiedCount).toBe(1);
    expect((await rejection(c.updateOne({ _id: 1 as never }, { $set: { _id: 2 as never } }))).code).toBe(66);
    const upsert = await c.updateOne(
      { slug: 'new' },
      { $setOnInsert: { _id: 'chosen' as never }, $set: { v: 2 } },
      { upsert: true },
    );
    expect(upsert.upsertedId).toBe('chosen');
    expect(Object.keys((await c.findOne({ _id: 'chosen' as never }))!)).toEqual(['_id', 'slug', 'v']);
  });

  it('accepts sibling positional paths and refuses real conflicts with code 40', async () => {
    const c = db.collection('siblings');
    await c.insertOne({ _id: 1 as never, comments: [{ id: 'a', likes: [], n: 0 }] });
    await c.updateOne({ _id: 1 as never, 'comments.id': 'a' }, {
      $addToSet: { 'comments.$.likes': 'u1' },
      $inc: { 'comments.$.n': 1 },
    } as never);
    expect((await c.findOne({}))!.comments).toEqual([{ id: 'a', likes: ['u1'], n: 1 }]);
    const err = await rejection(c.updateOne({}, { $set: { comments: [] }, $inc: { 'comments.0.n': 1 } }));
    expect(err.code).toBe(40);
  });

  it('takes Long values in filters', async () => {
    const c = db.collection('longs');
    await c.insertMany([
      { _id: 1 as never, big: Long.fromString('9007199254740993') },
      { _id: 2 as never, big: 1 },
    ]);
    expect(await c.countDocuments({ big: Long.fromString('9007199254740993') })).toBe(1);
    expect(await c.countDocuments({ big: { $in: [Long.fromNumber(1), 2] } })).toBe(1);
    expect(await c.countDocuments({ big: { $gte: Long.fromNumber(2) } })).toBe(1);
  });
});

const describeEmbedded = process.env.MONGODB_URI ? describe.skip : describe;

// A real mongod runs server-side JavaScript unless started with --noscripting; the embedded server
// never runs it, and answers as mongod without a script engine does.
describeEmbedded('server-side JavaScript', () => {
  let target: Target;

  beforeAll(async () => {
    target = await openTarget('where');
  });
  afterAll(() => target.close());

  it('refuses $where in every form with the error of a mongod without scripting', async () => {
    const c = target.db.collection('w');
    await c.insertOne({ a: 1 });
    const err = await rejection(c.find({ $where: 'this.a == 1' }).toArray());
    // mongod 7.0 without a script engine: JsFunction's uassert 6108304.
    expect(err).toMatchObject({
      code: 6108304,
      codeName: 'Location6108304',
      message: 'no globalScriptEngine in $where parsing',
    });
    const nested = await rejection(c.countDocuments({ $or: [{ a: 2 }, { $where: 'true' }] }));
    expect(nested.code).toBe(6108304);
    const later = await rejection(
      c.aggregate([{ $project: { a: 1 } }, { $match: { $where: 'true' } }]).toArray(),
    );
    expect(later.code).toBe(6108304);
  });
});

// mongod's TTL monitor wakes every 60 s; the embedded server's interval can be shortened.
describeEmbedded('TTL indexes', () => {
  it('removes documents once their date plus expireAfterSeconds has passed', async () => {
    const server = await startEmbeddedMongo({ ttlMonitorSleepSecs: 0.05 });
    const client = await MongoClient.connect(`${server.uri}?directConnection=true`);
    try {
      const sessions = client.db('punte').collection('sessions');
      await sessions.createIndex({ seenAt: 1 }, { expireAfterSeconds: 3600 });
      const now = Date.now();
      await sessions.insertMany([
        { _id: 'old' as never, seenAt: new Date(now - 2 * 3600_000) },
        { _id: 'fresh' as never, seenAt: new Date(now) },
        { _id: 'mixed' as never, seenAt: [new Date(now), new Date(now - 7200_000)] },
        { _id: 'no-date' as never, seenAt: 'yesterday' },
      ]);
      for (let i = 0; i < 100 && (await sessions.countDocuments()) > 2; i++)
        await new Promise((r) => setTimeout(r, 20));
      expect((await sessions.find().sort({ _id: 1 }).toArray()).map((d) => d._id)).toEqual([
        'fresh',
        'no-date',
      ]);
    } finally {
      await client.close();
      await server.close();
    }
  });

  it('refuses what it does not implement instead of ignoring it', async () => {
    const server = await startEmbeddedMongo();
    const client = await MongoClient.connect(`${server.uri}?directConnection=true`);
    try {
      const db = client.db('punte');
      const capped = await rejection(db.createCollection('log', { capped: true, size: 4096 }));
      expect(capped).toMatchObject({
        code: 238,
        codeName: 'NotImplemented',
        message:
          "the create option 'capped' is not supported by the embedded server (it would be ignored); use a real MongoDB",
      });
      expect((await rejection(db.collection('t').createIndex({ title: 'text' }))).code).toBe(238);
      const collation = await rejection(
        db
          .collection('t')
          .find({ a: 'x' }, { collation: { locale: 'ro', strength: 1 } })
          .toArray(),
      );
      expect(collation.message).toContain('a collation is not supported by the embedded server');
    } finally {
      await client.close();
      await server.close();
    }
  });
});
