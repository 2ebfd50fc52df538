import type { Collection, Db } from 'mongodb';
import { openTarget, rejection, type Target } from '../support/target';

describe('CRUD through the official driver', () => {
  let target: Target;
  let db: Db;
  let people: Collection;

  beforeAll(async () => {
    target = await openTarget('crud');
    db = target.db;
  });
  afterAll(() => target.close());
  beforeEach(async () => {
    people = db.collection(`people_${Math.random().toString(36).slice(2)}`);
    await people.insertMany([
      { _id: 1 as never, name: 'Ana', city: 'Bălți', age: 67, tags: ['email', 'video'] },
      { _id: 2 as never, name: 'Petru', city: 'Corjova', age: 72, tags: ['email'] },
      { _id: 3 as never, name: 'Olena', city: 'Melitopol', age: 64, tags: [] },
      { _id: 4 as never, name: 'Zofia', city: 'Kraków', age: 70, tags: ['social'] },
    ]);
  });

  it('finds with filter, projection, sort, skip and limit', async () => {
    const rows = await people
      .find({ age: { $gte: 65 } }, { projection: { _id: 0, name: 1 } })
      .sort({ age: -1 })
      .skip(1)
      .limit(2)
      .toArray();
    expect(rows).toEqual([{ name: 'Zofia' }, { name: 'Ana' }]);
  });

  it('supports $slice and $elemMatch projections and dotted paths', async () => {
    await people.updateOne(
      { _id: 1 as never },
      {
        $set: {
          progress: [
            { step: 'a', done: true },
            { step: 'b', done: false },
          ],
        },
      },
    );
    const doc = await people.findOne(
      { _id: 1 as never },
      { projection: { tags: { $slice: 1 }, progress: { $elemMatch: { done: false } } } },
    );
    expect(doc).toEqual({ _id: 1, tags: ['email'], progress: [{ step: 'b', done: false }] });
  });

  it('generates an ObjectId when none is given', async () => {
    const { insertedId } = await people.insertOne({ name: 'Ion' });
    expect(insertedId.toHexString()).toMatch(/^[0-9a-f]{24}$/);
    expect(await people.findOne({ _id: insertedId })).toMatchObject({ name: 'Ion' });
  });

  it('updates with operators, multi and replacement, reporting matched and modified', async () => {
    const many = await people.updateMany(
      { age: { $gte: 70 } },
      { $inc: { age: 1 }, $push: { tags: 'group-b' } as never },
    );
    expect([many.matchedCount, many.modifiedCount]).toEqual([2, 2]);
    const same = await people.updateOne({ _id: 3 as never }, { $set: { city: 'Melitopol' } });
    expect([same.matchedCount, same.modifiedCount]).toEqual([1, 0]);
    await people.replaceOne({ _id: 3 as never }, { name: 'Olena K.', city: 'Kyiv' });
    expect(await people.findOne({ _id: 3 as never })).toEqual({ _id: 3, name: 'Olena K.', city: 'Kyiv' });
  });

  it('upserts from the equality fields of the filter, with $setOnInsert', async () => {
    const res = await people.updateOne(
      { name: 'Mihai', city: 'Chișinău' },
      { $set: { age: 80 }, $setOnInsert: { tags: ['new'] } },
      { upsert: true },
    );
    expect(res.upsertedCount).toBe(1);
    expect(await people.findOne({ _id: res.upsertedId! })).toMatchObject({
      name: 'Mihai',
      city: 'Chișinău',
      age: 80,
      tags: ['new'],
    });
    const again = await people.updateOne(
      { name: 'Mihai', city: 'Chișinău' },
      { $set: { age: 81 }, $setOnInsert: { tags: ['other'] } },
      { upsert: true },
    );
    expect([again.matchedCount, again.upsertedCount]).toEqual([1, 0]);
    expect(await people.findOne({ name: 'Mihai' })).toMatchObject({ age: 81, tags: ['new'] });
  });

  it('applies pipeline updates, arrayFilters and the positional $ operator', async () => {
    await people.updateOne({ _id: 1 as never }, [
      { $set: { label: { $concat: ['$name', ' (', '$city', ')'] } } },
    ]);
    expect(await people.findOne({ _id: 1 as never })).toMatchObject({ label: 'Ana (Bălți)' });
    await people.updateOne({ _id: 2 as never }, { $set: { scores: [3, 8, 9] } });
    await people.updateOne(
      { _id: 2 as never },
      { $set: { 'scores.$[high]': 10 } },
      { arrayFilters: [{ high: { $gte: 8 } }] },
    );
    expect((await people.findOne({ _id: 2 as never }))!.scores).toEqual([3, 10, 10]);
    await people.updateOne({ _id: 1 as never, tags: 'video' }, { $set: { 'tags.$': 'video-call' } });
    expect((await people.findOne({ _id: 1 as never }))!.tags).toEqual(['email', 'video-call']);
  });

  it('refuses to change _id and to multi-update with a replacement', async () => {
    const err = await rejection(people.updateOne({ _id: 1 as never }, { $set: { _id: 9 } }));
    expect(err.code).toBe(66);
    const bad = await rejection(
      db
        .command({ update: people.collectionName, updates: [{ q: {}, u: { name: 'x' }, multi: true }] })
        .then((r) => {
          if (r.writeErrors) throw Object.assign(new Error(r.writeErrors[0].errmsg), r.writeErrors[0]);
        }),
    );
    expect(bad.code).toBe(9);
  });

  it('deletes one or many', async () => {
    expect((await people.deleteOne({ age: { $gt: 60 } })).deletedCount).toBe(1);
    expect((await people.deleteMany({ age: { $gt: 60 } })).deletedCount).toBe(3);
    expect(await people.countDocuments()).toBe(0);
  });

  it('findOneAndUpdate / Replace / Delete return the before or after document', async () => {
    const after = await people.findOneAndUpdate(
      { name: 'Ana' },
      { $inc: { age: 1 } },
      { returnDocument: 'after', projection: { age: 1 } },
    );
    expect(after).toEqual({ _id: 1, age: 68 });
    const before = await people.findOneAndReplace({ name: 'Petru' }, { name: 'Petru', city: 'Criuleni' });
    expect(before).toMatchObject({ city: 'Corjova' });
    const gone = await people.findOneAndDelete({}, { sort: { age: -1 } });
    expect(gone).toMatchObject({ name: 'Zofia' });
    const upserted = await people.findOneAndUpdate(
      { name: 'Nina' },
      { $set: { age: 66 } },
      { upsert: true, returnDocument: 'after' },
    );
    expect(upserted).toMatchObject({ name: 'Nina', age: 66 });
    expect(await people.findOneAndUpdate({ name: 'nobody' }, { $set: { a: 1 } })).toBeNull();
  });

  it('counts and lists distinct values, flattening arrays', async () => {
    expect(await people.countDocuments({ tags: 'email' })).toBe(2);
    expect(await people.estimatedDocumentCount()).toBe(4);
    expect((await people.distinct('tags')).sort()).toEqual(['email', 'social', 'video']);
    expect((await people.distinct('city', { age: { $lt: 70 } })).sort()).toEqual(['Bălți', 'Melitopol']);
  });

  it('lists distinct values of a dotted path through an array of sub-documents', async () => {
    await people.updateOne(
      { _id: 1 as never },
      { $set: { courses: [{ slug: 'email', steps: [{ id: 'a' }, { id: 'b' }] }, { slug: 'video' }] } },
    );
    await people.updateOne({ _id: 2 as never }, { $set: { courses: { slug: 'email' } } });
    await people.updateOne({ _id: 3 as never }, { $set: { courses: [{ slug: null }, { other: 1 }] } });
    expect((await people.distinct('courses.slug')).sort()).toEqual(['email', 'video', null].sort());
    expect((await people.distinct('courses.steps.id')).sort()).toEqual(['a', 'b']);
    expect(await people.distinct('courses.slug', { _id: 2 as never })).toEqual(['email']);
  });

  it('runs ordered and unordered bulk writes with per-item writeErrors', async () => {
    const ordered = await rejection(
      people.insertMany([{ _id: 10 as never }, { _id: 1 as never }, { _id: 11 as never }], { ordered: true }),
    );
    expect(ordered.code).toBe(11000);
    expect(await people.countDocuments({ _id: { $in: [10, 11] } as never })).toBe(1);
    const unordered = await rejection(
      people.bulkWrite(
        [
          { insertOne: { document: { _id: 2 as never } } },
          { insertOne: { document: { _id: 12 as never } } },
          { updateOne: { filter: { _id: 12 as never }, update: { $set: { n: 1 } } } },
          { deleteOne: { filter: { _id: 4 as never } } },
        ],
        { ordered: false },
      ),
    );
    const result = unordered as unknown as {
      writeErrors: { index: number; code: number }[];
      result: { insertedCount: number; modifiedCount: number; deletedCount: number };
    };
    expect(result.writeErrors.map((e) => [e.index, e.code])).toEqual([[0, 11000]]);
    expect(await people.findOne({ _id: 12 as never })).toEqual({ _id: 12, n: 1 });
    expect(await people.findOne({ _id: 4 as never })).toBeNull();
  });

  it('hands out cursors spanning several batches, and kills them', async () => {
    const many = db.collection('many_' + Date.now());
    await many.insertMany(Array.from({ length: 1050 }, (_, i) => ({ i })));
    const seen = await many.find({}, { batchSize: 100 }).sort({ i: 1 }).toArray();
    expect(seen.map((d) => d.i)).toEqual(Array.from({ length: 1050 }, (_, i) => i));
    const cursor = many.find({}, { batchSize: 10 });
    await cursor.next();
    const id = cursor.id!;
    await cursor.close();
    const err = await rejection(db.command({ getMore: id, collection: many.collectionName }));
    expect(err.code).toBe(43);
  });
});
