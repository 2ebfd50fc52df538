// npm run bench:db — throughput of the embedded server through the official driver, with the
// server in the same process as the driver (as the API runs it), so both share one CPU core.
// Baselines measured in the same run: ping round trips (the wire + driver floor) and the
// disk's fdatasync rate (the floor of a durable single write without group commit).
import { mkdtempSync, openSync, writeSync, fdatasyncSync, closeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { MongoClient } from 'mongodb';

const require = createRequire(import.meta.url);
const { startEmbeddedMongo } = require('../dist/index.js');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);

async function rate(concurrency, op) {
  let count = 0;
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      for (let i = 0; performance.now() < until; i++) {
        await op(w, i);
        count++;
      }
    }),
  );
  return count / SECONDS;
}

function fsyncRate() {
  const dir = mkdtempSync(join(tmpdir(), 'punte-bench-fsync-'));
  const fd = openSync(join(dir, 'f'), 'a');
  const buf = Buffer.alloc(200, 1);
  let n = 0;
  const until = performance.now() + 1000;
  while (performance.now() < until) {
    writeSync(fd, buf);
    fdatasyncSync(fd);
    n++;
  }
  closeSync(fd);
  rmSync(dir, { recursive: true, force: true });
  return n;
}

async function clients(uri, n) {
  return Promise.all(
    Array.from({ length: n }, () => MongoClient.connect(`${uri}?directConnection=true`, { maxPoolSize: 1 })),
  );
}

async function seed(coll, n) {
  for (let i = 0; i < n; i += 5000) {
    await coll.insertMany(
      Array.from({ length: Math.min(5000, n - i) }, (_, j) => ({
        _id: i + j,
        email: `learner${i + j}@example.md`,
        group: (i + j) % 10,
        score: (i + j) % 97,
      })),
    );
  }
}

async function measure(mode) {
  const dir = mode === 'durable' ? mkdtempSync(join(tmpdir(), 'punte-bench-db-')) : undefined;
  // In-process, as the API runs it when MONGODB_URI is unset.
  const server = await startEmbeddedMongo({ dbPath: dir });
  const [one] = await clients(server.uri, 1);
  const many = await clients(server.uri, 32);
  const db = (c) => c.db('bench');
  const out = {};
  out['ping round trips/s (baseline)'] = await rate(1, () => db(one).command({ ping: 1 }));
  out['inserts/s, 1 client'] = await rate(1, (w, i) =>
    db(one).collection('ins1').insertOne({ w, i, text: 'Învățăm împreună' }),
  );
  out['inserts/s, 32 clients'] = await rate(32, (w, i) =>
    db(many[w]).collection('ins32').insertOne({ w, i, text: 'Învățăm împreună' }),
  );
  for (const size of [1_000, 100_000]) {
    const coll = db(one).collection(`people${size}`);
    await coll.createIndex({ email: 1 }, { unique: true });
    await seed(coll, size);
    const key = (i) => (i * 7919) % size;
    const name = `${size / 1000}k`;
    out[`finds by _id/s at ${name}, 1 client`] = await rate(1, (w, i) => coll.findOne({ _id: key(i) }));
    out[`finds by _id/s at ${name}, 32 clients`] = await rate(32, (w, i) =>
      db(many[w])
        .collection(coll.collectionName)
        .findOne({ _id: key(i + w) }),
    );
    out[`indexed finds/s at ${name}, 1 client`] = await rate(1, (w, i) =>
      coll.findOne({ email: `learner${key(i)}@example.md` }),
    );
    out[`indexed finds/s at ${name}, 32 clients`] = await rate(32, (w, i) =>
      db(many[w])
        .collection(coll.collectionName)
        .findOne({ email: `learner${key(i + w)}@example.md` }),
    );
  }
  const agg = db(one).collection('people100000');
  const t0 = performance.now();
  const runs = 5;
  for (let r = 0; r < runs; r++) {
    await agg
      .aggregate([
        { $match: { _id: { $lt: 10_000 } } },
        { $group: { _id: '$group', n: { $sum: 1 }, avg: { $avg: '$score' } } },
      ])
      .toArray();
  }
  out['$group over 10k documents, ms'] = (performance.now() - t0) / runs;
  await Promise.all([one, ...many].map((c) => c.close()));
  await server.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  return out;
}

const fsyncs = fsyncRate();
const durable = await measure('durable');
const memory = await measure('memory');
const fmt = (v) => (v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1));
console.log(`\nembedded MongoDB-compatible server — ${SECONDS}s per figure, Node ${process.version}`);
console.log(`disk fdatasync/s (baseline): ${fmt(fsyncs)}\n`);
console.log(`${'measure'.padEnd(44)}${'durable'.padStart(12)}${'in memory'.padStart(12)}`);
for (const key of Object.keys(durable))
  console.log(`${key.padEnd(44)}${fmt(durable[key]).padStart(12)}${fmt(memory[key]).padStart(12)}`);

const targets = [
  ['durable inserts/s with 32 clients >= 5,000', durable['inserts/s, 32 clients'] >= 5000],
  [
    'finds by _id/s >= 10,000 (1 client, 100k documents)',
    durable['finds by _id/s at 100k, 1 client'] >= 10000,
  ],
  [
    'indexed lookups at 100k within 20% of 1k (1 client)',
    durable['indexed finds/s at 100k, 1 client'] >= 0.8 * durable['indexed finds/s at 1k, 1 client'],
  ],
];
console.log('');
for (const [name, met] of targets) console.log(`${met ? 'met ' : 'MISSED'}  ${name}`);
