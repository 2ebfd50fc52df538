import { Binary, Decimal128, Double, Int32, Long, ObjectId, type Db } from 'mongodb';
import { openTarget, type Target } from '../support/target';

describe('BSON types and concurrency', () => {
  let target: Target;
  let db: Db;

  beforeAll(async () => {
    target = await openTarget('types');
    db = target.db;
  });
  afterAll(() => target.close());

  it('round-trips every type the platform stores', async () => {
    const c = db.collection('types');
    const doc = {
      _id: new ObjectId(),
      at: new Date('2026-11-23T10:00:00.123Z'),
      price: Decimal128.fromString('12.50'),
      big: Long.fromString('9007199254740993'),
      i32: new Int32(42),
      dbl: new Double(1.5),
      bin: new Binary(Buffer.from([0, 1, 2, 255])),
      nested: [[1, 2], [{ deep: ['ș', 'ț', 'ă'] }]],
      texts: {
        ro: 'Învățăm împreună: ștergeți, țineți',
        ru: 'Электронная почта',
        uk: 'Їжак і ґанок',
        pl: 'Zażółć gęślą jaźń',
      },
      none: null,
      yes: true,
    };
    await c.insertOne(doc);
    const back = await c.findOne({ _id: doc._id }, { promoteLongs: false, promoteValues: false });
    expect(back!._id.toHexString()).toBe(doc._id.toHexString());
    expect((back!.at as Date).toISOString()).toBe('2026-11-23T10:00:00.123Z');
    expect((back!.price as Decimal128).toString()).toBe('12.50');
    expect((back!.big as Long).toString()).toBe('9007199254740993');
    expect((back!.bin as Binary).buffer).toEqual(new Uint8Array([0, 1, 2, 255]));
    const plain = await c.findOne({ _id: doc._id });
    expect(plain!.nested).toEqual([[1, 2], [{ deep: ['ș', 'ț', 'ă'] }]]);
    expect(plain!.texts).toEqual(doc.texts);
    expect(plain!.i32).toBe(42);
    expect(plain!.dbl).toBe(1.5);
    expect(plain!.none).toBeNull();
    expect(await c.countDocuments({ 'texts.uk': 'Їжак і ґанок' })).toBe(1);
    expect(await c.countDocuments({ at: { $gt: new Date('2026-01-01') } })).toBe(1);
  });

  it('keeps hundreds of concurrent $inc on one document exact', async () => {
    const c = db.collection('counter');
    await c.insertOne({ _id: 'hits' as never, n: 0 });
    await Promise.all(
      Array.from({ length: 500 }, () => c.updateOne({ _id: 'hits' as never }, { $inc: { n: 1 } })),
    );
    expect((await c.findOne({ _id: 'hits' as never }))!.n).toBe(500);
  });
});
