import mongoose, { Schema } from 'mongoose';
import { MongoClient } from 'mongodb';
import { startEmbeddedMongo, type EmbeddedMongo } from '../../src';

/** The way the API uses mongoose: schemas with unique indexes, lean reads, upserts, populate. */
describe('mongoose on the server', () => {
  let server: EmbeddedMongo | undefined;
  let conn: mongoose.Connection;

  const Course = new Schema(
    {
      slug: { type: String, required: true, unique: true },
      title: { ro: String, en: String },
      archived: { type: Boolean, default: false },
    },
    { timestamps: true },
  );
  const Lesson = new Schema({
    course: { type: Schema.Types.ObjectId, ref: 'Course' },
    key: String,
    order: Number,
  });
  Lesson.index({ course: 1, key: 1 }, { unique: true });

  beforeAll(async () => {
    const uri =
      process.env.MONGODB_URI ?? `${(server = await startEmbeddedMongo()).uri}?directConnection=true`;
    conn = await mongoose.createConnection(uri, { dbName: `compat_mongoose_${process.pid}` }).asPromise();
    conn.model('Course', Course);
    conn.model('Lesson', Lesson);
    await conn.syncIndexes();
  });
  afterAll(async () => {
    await conn.dropDatabase();
    await conn.close();
    await server?.close();
  });

  it('creates, reads lean documents and applies defaults and timestamps', async () => {
    const course = await conn.model('Course').create({
      slug: 'online-communication',
      title: { ro: 'Comunicare online', en: 'Online communication' },
    });
    const found = await conn
      .model('Course')
      .findOne({ slug: 'online-communication' })
      .lean<{ title: { ro: string }; archived: boolean; createdAt: Date }>();
    expect(found!.title.ro).toBe('Comunicare online');
    expect(found!.archived).toBe(false);
    expect(found!.createdAt).toBeInstanceOf(Date);
    expect(course.id).toMatch(/^[0-9a-f]{24}$/);
  });

  it('surfaces a duplicate key unchanged', async () => {
    await expect(conn.model('Course').create({ slug: 'online-communication' })).rejects.toMatchObject({
      code: 11000,
      keyValue: { slug: 'online-communication' },
    });
  });

  it('upserts idempotently with bulkWrite and populates references', async () => {
    const course = await conn.model('Course').findOne({ slug: 'online-communication' });
    const ops = ['compose', 'reply', 'attach'].map((key, order) => ({
      updateOne: { filter: { course: course!._id, key }, update: { $set: { order } }, upsert: true },
    }));
    await conn.model('Lesson').bulkWrite(ops);
    const again = await conn.model('Lesson').bulkWrite(ops);
    expect(again.upsertedCount).toBe(0);
    const lessons = await conn
      .model('Lesson')
      .find()
      .sort({ order: 1 })
      .populate('course')
      .lean<{ key: string; course: { slug: string } }[]>();
    expect(lessons.map((l) => [l.key, l.course.slug])).toEqual([
      ['compose', 'online-communication'],
      ['reply', 'online-communication'],
      ['attach', 'online-communication'],
    ]);
  });

  it('validates before writing and keeps what was there', async () => {
    await expect(conn.model('Course').create({ title: { en: 'No slug' } })).rejects.toThrow(/slug.*required/);
    expect(await conn.model('Course').countDocuments()).toBe(1);
  });
});

describe('bad traffic', () => {
  const embedded = !process.env.MONGODB_URI;
  (embedded ? it : it.skip)('closes only the offending connection and keeps serving the others', async () => {
    const lines: string[] = [];
    const server = await startEmbeddedMongo({ logger: (l) => lines.push(l) });
    const client = await MongoClient.connect(`${server.uri}?directConnection=true`);
    const net = await import('node:net');
    const send = (bytes: Buffer): Promise<void> =>
      new Promise((resolve) => {
        const s = net.connect(server.port, '127.0.0.1', () => s.write(bytes));
        s.on('close', () => resolve());
        s.on('error', () => resolve());
      });
    const header = (len: number, op: number): Buffer => {
      const h = Buffer.alloc(16);
      h.writeInt32LE(len, 0);
      h.writeInt32LE(op, 12);
      return h;
    };
    await send(header(8, 2013)); // length below the header size
    await send(header(64 * 1024 * 1024, 2013)); // over the 48 MB message limit
    await send(
      Buffer.concat([
        header(16 + 5 + 12, 2013),
        Buffer.from([0, 0, 0, 0, 0]),
        Buffer.from([12, 0, 0, 0, 0x10, 0x61, 0, 1, 0, 0, 0, 99]),
      ]),
    ); // invalid BSON
    await send(Buffer.concat([header(20, 1), Buffer.alloc(4)])); // an opcode the server does not speak
    expect(lines.join('\n')).toMatch(/below header size/);
    expect(lines.join('\n')).toMatch(/exceeds/);
    expect(lines.join('\n')).toMatch(/invalid BSON|BSON/);
    expect(lines.join('\n')).toMatch(/unsupported opCode 1/);
    expect(await client.db('admin').command({ ping: 1 })).toMatchObject({ ok: 1 });
    await client.close();
    await server.close();
  });
});
