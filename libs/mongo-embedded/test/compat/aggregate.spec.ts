import type { Db } from 'mongodb';
import { openTarget, type Target } from '../support/target';

describe('aggregation', () => {
  let target: Target;
  let db: Db;

  beforeAll(async () => {
    target = await openTarget('aggregate');
    db = target.db;
    await db.collection('learners').insertMany([
      { _id: 'l1' as never, name: 'Ana', cohort: 'c1', steps: ['a', 'b', 'c'] },
      { _id: 'l2' as never, name: 'Petru', cohort: 'c1', steps: ['a'] },
      { _id: 'l3' as never, name: 'Olena', cohort: 'c2', steps: [] },
    ]);
    await db.collection('cohorts').insertMany([
      { _id: 'c1' as never, library: 'Bălți' },
      { _id: 'c2' as never, library: 'Melitopol' },
    ]);
  });
  afterAll(() => target.close());

  it('groups, sorts and counts', async () => {
    const rows = await db
      .collection('learners')
      .aggregate([
        { $group: { _id: '$cohort', learners: { $sum: 1 }, names: { $push: '$name' } } },
        { $sort: { _id: 1 } },
      ])
      .toArray();
    expect(rows).toEqual([
      { _id: 'c1', learners: 2, names: ['Ana', 'Petru'] },
      { _id: 'c2', learners: 1, names: ['Olena'] },
    ]);
  });

  it('unwinds arrays and joins with $lookup', async () => {
    const rows = await db
      .collection('learners')
      .aggregate([
        { $match: { cohort: 'c1' } },
        { $unwind: '$steps' },
        { $lookup: { from: 'cohorts', localField: 'cohort', foreignField: '_id', as: 'cohortDoc' } },
        { $project: { _id: 0, name: 1, steps: 1, library: { $first: '$cohortDoc.library' } } },
      ])
      .toArray();
    expect(rows).toEqual([
      { name: 'Ana', steps: 'a', library: 'Bălți' },
      { name: 'Ana', steps: 'b', library: 'Bălți' },
      { name: 'Ana', steps: 'c', library: 'Bălți' },
      { name: 'Petru', steps: 'a', library: 'Bălți' },
    ]);
  });

  it('computes several facets at once', async () => {
    const [facets] = await db
      .collection('learners')
      .aggregate([
        {
          $facet: {
            total: [{ $count: 'n' }],
            stuck: [{ $match: { steps: { $size: 0 } } }, { $project: { name: 1 } }],
          },
        },
      ])
      .toArray();
    expect(facets).toEqual({ total: [{ n: 3 }], stuck: [{ _id: 'l3', name: 'Olena' }] });
  });

  it('never changes stored documents through $set stages', async () => {
    await db
      .collection('learners')
      .aggregate([{ $set: { name: 'changed' } }])
      .toArray();
    expect((await db.collection('learners').findOne({ _id: 'l1' as never }))!.name).toBe('Ana');
  });

  it('countDocuments goes through $group and honours skip/limit', async () => {
    expect(await db.collection('learners').countDocuments({ cohort: 'c1' })).toBe(2);
    expect(await db.collection('learners').countDocuments({}, { skip: 1, limit: 1 })).toBe(1);
  });

  it('writes the result into another collection with $out', async () => {
    await db
      .collection('learners')
      .aggregate([{ $group: { _id: '$cohort', n: { $sum: 1 } } }, { $out: 'cohort_sizes' }])
      .toArray();
    const sizes = await db.collection('cohort_sizes').find().sort({ _id: 1 }).toArray();
    expect(sizes).toEqual([
      { _id: 'c1', n: 2 },
      { _id: 'c2', n: 1 },
    ]);
  });

  it('returns large results in batches through getMore', async () => {
    const big = db.collection('big');
    await big.insertMany(Array.from({ length: 500 }, (_, i) => ({ i, g: i % 7 })));
    const rows = await big.aggregate([{ $sort: { i: -1 } }], { batchSize: 50 }).toArray();
    expect(rows).toHaveLength(500);
    expect(rows[0].i).toBe(499);
  });
});
