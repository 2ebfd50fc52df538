import { appendFileSync, existsSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Double, MongoClient } from 'mongodb';
import { startEmbeddedMongo } from '../../src';
import { encodeRecord } from '../../src/journal';
import { startChildServer } from '../support/child-server';
import { tempDbPath } from '../support/target';

const embedded = !process.env.MONGODB_URI;
const describeEmbedded = embedded ? describe : describe.skip;

async function withClient<T>(uri: string, fn: (c: MongoClient) => Promise<T>): Promise<T> {
  const client = await MongoClient.connect(`${uri}?directConnection=true`);
  try {
    return await fn(client);
  } finally {
    await client.close();
  }
}

// Restart and crash behaviour belongs to the embedded server; a real mongod has its own.
describeEmbedded('durability with a data directory', () => {
  it('keeps data and indexes across a clean restart', async () => {
    const { dir, cleanup } = tempDbPath();
    try {
      const first = await startEmbeddedMongo({ dbPath: dir });
      await withClient(first.uri, async (c) => {
        const users = c.db('punte').collection('users');
        await users.createIndex({ email: 1 }, { unique: true });
        await users.insertMany([{ email: 'ana@example.md' }, { email: 'olena@example.ua' }]);
        await users.updateOne({ email: 'ana@example.md' }, { $set: { name: 'Ana' } });
        await users.deleteOne({ email: 'olena@example.ua' });
      });
      await first.close();
      const second = await startEmbeddedMongo({ dbPath: dir });
      await withClient(second.uri, async (c) => {
        const users = c.db('punte').collection('users');
        expect(await users.find({}, { projection: { _id: 0 } }).toArray()).toEqual([
          { email: 'ana@example.md', name: 'Ana' },
        ]);
        expect((await users.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_', 'email_1']);
        await expect(users.insertOne({ email: 'ana@example.md' })).rejects.toMatchObject({ code: 11000 });
      });
      await second.close();
    } finally {
      cleanup();
    }
  });

  it('restores every kind of write after a restart, from the journal and from a snapshot', async () => {
    const { dir, cleanup } = tempDbPath();
    const writeAll = async (c: MongoClient): Promise<void> => {
      const db = c.db('punte');
      await db.createCollection('checked', { validator: { $jsonSchema: { required: ['name'] } } });
      await db.collection('checked').insertOne({ _id: 1 as never, name: 'Ana', d: new Double(2) });
      const l = db.collection('lessons');
      await l.insertMany([
        { _id: 1 as never, n: 1 },
        { _id: 2 as never, n: 2 },
        { _id: 3 as never, n: 3 },
      ]);
      await l.createIndexes([
        { key: { n: 1 }, name: 'n_1' },
        { key: { x: 1 }, name: 'x_1' },
      ]);
      await l.dropIndex('x_1');
      await l.updateOne({ _id: 1 as never }, { $set: { n: 10 } });
      await l.updateOne({ _id: 9 as never }, { $set: { n: 9 } }, { upsert: true });
      await l.deleteOne({ _id: 2 as never });
      await l.findOneAndUpdate({ _id: 3 as never }, { $inc: { n: 1 } });
      await l.findOneAndDelete({ _id: 9 as never });
      await l.aggregate([{ $match: { n: { $gte: 4 } } }, { $out: 'copied' }]).toArray();
      await db.collection('gone').insertOne({ a: 1 });
      await db.dropCollection('gone');
      await c.db('other').collection('x').insertOne({ a: 1 });
      await c.db('other').dropDatabase();
    };
    const expectAll = async (c: MongoClient): Promise<void> => {
      const db = c.db('punte');
      expect(
        (await db.collection('lessons').find().sort({ _id: 1 }).toArray()).map((d) => [d._id, d.n]),
      ).toEqual([
        [1, 10],
        [3, 4],
      ]);
      expect((await db.collection('lessons').listIndexes().toArray()).map((i) => i.name)).toEqual([
        '_id_',
        'n_1',
      ]);
      expect(await db.collection('copied').countDocuments()).toBe(2);
      const names = (await db.listCollections().toArray()).map((i) => i.name).sort();
      expect(names).toEqual(['checked', 'copied', 'lessons']);
      const [checked] = (await db.listCollections({ name: 'checked' }).toArray()) as { options?: object }[];
      expect(checked.options).toMatchObject({ validator: { $jsonSchema: { required: ['name'] } } });
      await expect(db.collection('checked').insertOne({ x: 1 })).rejects.toMatchObject({ code: 121 });
      const typed = await db.collection('checked').findOne({ _id: 1 as never }, { promoteValues: false });
      expect(typed!.d).toBeInstanceOf(Double);
      const dbs = (await c.db('admin').admin().listDatabases({ nameOnly: true })).databases.map(
        (d) => d.name,
      );
      expect(dbs).not.toContain('other');
    };
    try {
      const first = await startEmbeddedMongo({ dbPath: dir });
      await withClient(first.uri, writeAll);
      await first.close();
      const fromJournal = await startEmbeddedMongo({ dbPath: dir, compactAtBytes: 1 });
      await withClient(fromJournal.uri, async (c) => {
        await expectAll(c);
        // One more write passes the tiny compaction threshold: the state goes into a snapshot.
        await c
          .db('punte')
          .collection('lessons')
          .updateOne({ _id: 1 as never }, { $set: { seen: true } });
      });
      await fromJournal.close();
      expect(statSync(join(dir, 'snapshot.bin')).size).toBeGreaterThan(0);
      const fromSnapshot = await startEmbeddedMongo({ dbPath: dir });
      await withClient(fromSnapshot.uri, expectAll);
      await fromSnapshot.close();
    } finally {
      cleanup();
    }
  });

  it('compacts the journal into a snapshot and still restores everything', async () => {
    const { dir, cleanup } = tempDbPath();
    try {
      const first = await startEmbeddedMongo({ dbPath: dir, compactAtBytes: 64 * 1024 });
      await withClient(first.uri, async (c) => {
        const counters = c.db('punte').collection('counters');
        for (let i = 0; i < 400; i++)
          await counters.updateOne(
            { _id: 'visits' as never },
            { $inc: { n: 1 }, $set: { pad: 'x'.repeat(500) } },
            { upsert: true },
          );
      });
      await first.close();
      expect(statSync(join(dir, 'journal.bin')).size).toBeLessThan(64 * 1024 + 4096);
      const second = await startEmbeddedMongo({ dbPath: dir });
      await withClient(second.uri, async (c) => {
        expect(
          (await c
            .db('punte')
            .collection('counters')
            .findOne({ _id: 'visits' as never }))!.n,
        ).toBe(400);
      });
      await second.close();
    } finally {
      cleanup();
    }
  });

  it('drops a torn last journal record and keeps every whole one', async () => {
    const { dir, cleanup } = tempDbPath();
    const lines: string[] = [];
    try {
      const first = await startEmbeddedMongo({ dbPath: dir });
      await withClient(first.uri, (c) =>
        c
          .db('punte')
          .collection('notes')
          .insertMany([{ n: 1 }, { n: 2 }]),
      );
      await first.close();
      // What a crash in the middle of a write leaves behind: a length header and half a body.
      appendFileSync(join(dir, 'journal.bin'), Buffer.from([200, 0, 0, 0, 1, 2, 3, 4, 9, 9, 9]));
      const second = await startEmbeddedMongo({ dbPath: dir, logger: (l) => lines.push(l) });
      await withClient(second.uri, async (c) => {
        expect(await c.db('punte').collection('notes').countDocuments()).toBe(2);
        await c.db('punte').collection('notes').insertOne({ n: 3 });
      });
      await second.close();
      expect(lines.join('\n')).toMatch(/dropping 11 bytes of torn or corrupt tail/);
      const third = await startEmbeddedMongo({ dbPath: dir });
      await withClient(third.uri, async (c) =>
        expect(await c.db('punte').collection('notes').countDocuments()).toBe(3),
      );
      await third.close();
    } finally {
      cleanup();
    }
  });

  it('serves writes while a compaction writes its snapshot in the background, and keeps them all', async () => {
    const { dir, cleanup } = tempDbPath();
    const lines: string[] = [];
    try {
      const first = await startEmbeddedMongo({
        dbPath: dir,
        compactAtBytes: 256 * 1024,
        logger: (l) => lines.push(l),
      });
      await withClient(first.uri, async (c) => {
        const logs = c.db('punte').collection('logs');
        // Several megabytes of state, so a snapshot takes many chunks to write.
        await logs.insertMany(
          Array.from({ length: 3000 }, (_, i) => ({ _id: i as never, pad: 'x'.repeat(1500) })),
        );
        // Writes keep coming while compactions run; each one must be acknowledged and kept.
        await Promise.all(
          Array.from({ length: 8 }, async (_, k) => {
            for (let i = 0; i < 60; i++)
              await logs.updateOne({ _id: (k * 60 + i) as never }, { $set: { seen: k }, $inc: { n: 1 } });
          }),
        );
      });
      await first.close();
      expect(lines.filter((l) => /compacted \d+ bytes/.test(l)).length).toBeGreaterThan(0);
      expect(existsSync(join(dir, 'journal.sealed.bin'))).toBe(false);
      const second = await startEmbeddedMongo({ dbPath: dir });
      await withClient(second.uri, async (c) => {
        const logs = c.db('punte').collection('logs');
        expect(await logs.countDocuments()).toBe(3000);
        expect(await logs.countDocuments({ n: 1 })).toBe(480);
        expect(await logs.findOne({ _id: 479 as never })).toMatchObject({ seen: 7, n: 1 });
      });
      await second.close();
    } finally {
      cleanup();
    }
  });

  it('finishes a compaction a crash interrupted: sealed journal, then the newer journal, nothing lost', async () => {
    const { dir, cleanup } = tempDbPath();
    try {
      const first = await startEmbeddedMongo({ dbPath: dir });
      await withClient(first.uri, (c) =>
        c
          .db('punte')
          .collection('notes')
          .insertMany([
            { _id: 1 as never, v: 'sealed' },
            { _id: 2 as never, v: 'sealed' },
          ]),
      );
      await first.close();
      // What a crash during a background compaction leaves: the sealed journal, no new snapshot,
      // and the journal that took the writes after the seal.
      renameSync(join(dir, 'journal.bin'), join(dir, 'journal.sealed.bin'));
      writeFileSync(
        join(dir, 'journal.bin'),
        Buffer.concat([
          encodeRecord({ op: 'put', db: 'punte', coll: 'notes', doc: { _id: 1, v: 'after the seal' } }),
          encodeRecord({ op: 'del', db: 'punte', coll: 'notes', id: 2 }),
          encodeRecord({ op: 'put', db: 'punte', coll: 'notes', doc: { _id: 3, v: 'after the seal' } }),
        ]),
      );
      const second = await startEmbeddedMongo({ dbPath: dir });
      // The state went into a snapshot at start, before serving: no sealed journal is left to lose.
      expect(existsSync(join(dir, 'journal.sealed.bin'))).toBe(false);
      await withClient(second.uri, async (c) => {
        const notes = c.db('punte').collection('notes');
        expect(await notes.find().sort({ _id: 1 }).toArray()).toEqual([
          { _id: 1, v: 'after the seal' },
          { _id: 3, v: 'after the seal' },
        ]);
        await notes.insertOne({ _id: 4 as never, v: 'later' });
      });
      await second.close();
      const third = await startEmbeddedMongo({ dbPath: dir });
      await withClient(third.uri, async (c) =>
        expect(await c.db('punte').collection('notes').countDocuments()).toBe(3),
      );
      await third.close();
    } finally {
      cleanup();
    }
  });

  it('refuses a second server on the same data directory', async () => {
    const { dir, cleanup } = tempDbPath();
    try {
      const first = await startEmbeddedMongo({ dbPath: dir });
      await expect(startEmbeddedMongo({ dbPath: dir })).rejects.toThrow(
        /is in use by another database server/,
      );
      await first.close();
    } finally {
      cleanup();
    }
  });

  it('finds every acknowledged write after the process is killed with SIGKILL', async () => {
    const { dir, cleanup } = tempDbPath();
    try {
      const server = await startChildServer(['--dbpath', dir]);
      const acknowledged: number[] = [];
      const client = await MongoClient.connect(`${server.uri}?directConnection=true`, { maxPoolSize: 32 });
      const writes = client.db('punte').collection('writes');
      let stop = false;
      const writers = Array.from({ length: 16 }, async (_, w) => {
        for (let i = 0; !stop; i++) {
          const n = w * 1_000_000 + i;
          try {
            await writes.insertOne({ _id: n as never, payload: 'ș'.repeat(50) });
            acknowledged.push(n);
          } catch {
            return; // the server died under this write: it was never acknowledged
          }
        }
      });
      while (acknowledged.length < 500) await new Promise((r) => setTimeout(r, 5));
      server.process.kill('SIGKILL');
      stop = true;
      await server.exited;
      await Promise.all(writers);
      await client.close(true);

      const restarted = await startChildServer(['--dbpath', dir]);
      await withClient(restarted.uri, async (c) => {
        const ids = new Set(
          (
            await c
              .db('punte')
              .collection('writes')
              .find({}, { projection: { _id: 1 } })
              .toArray()
          ).map((d) => d._id as unknown as number),
        );
        const lost = acknowledged.filter((n) => !ids.has(n));
        expect(lost).toEqual([]);
        expect(ids.size).toBeGreaterThanOrEqual(acknowledged.length);
      });
      restarted.process.kill('SIGTERM');
      expect(await restarted.exited).toBe(0);
    } finally {
      cleanup();
    }
  });
});

describeEmbedded('the command line', () => {
  it('prints its ready line, serves, and stops cleanly on SIGINT', async () => {
    const server = await startChildServer([]);
    expect(server.uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/$/);
    await withClient(server.uri, async (c) =>
      expect(await c.db('admin').command({ ping: 1 })).toMatchObject({ ok: 1 }),
    );
    server.process.kill('SIGINT');
    expect(await server.exited).toBe(0);
  });

  it("takes mongod's --setParameter notablescan=1 and refuses a bad parameter", async () => {
    const server = await startChildServer(['--setParameter', 'notablescan=1']);
    await withClient(server.uri, async (c) =>
      expect(await c.db('admin').command({ getParameter: 1, notablescan: 1 })).toMatchObject({
        notablescan: true,
      }),
    );
    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    await expect(startChildServer(['--setParameter', 'fast=1'])).rejects.toThrow(
      /--setParameter supports only notablescan/,
    );
  });

  it('stops with one clear line when the port is taken', async () => {
    const holder = await startEmbeddedMongo();
    await expect(startChildServer(['--port', String(holder.port)], { replacePort: true })).rejects.toThrow(
      /port \d+ is already in use/,
    );
    await holder.close();
  });
});
