// node bench/cpu-compare.mjs <baseline dist dir> [<candidate dist dir>, default ../dist]
// CPU time per operation (process.cpuUsage) of two builds of the server, measured in turns in
// one process: on a machine shared with other work, wall-clock rates swing with the load while
// CPU time per operation stays comparable. A baseline: `git archive <commit> libs/mongo-embedded
// tsconfig.base.json | tar -x -C /tmp/base`, link node_modules, `tsc -p tsconfig.lib.json`.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { MongoClient } from 'mongodb';

const require = createRequire(import.meta.url);
const [baseline, candidate = new URL('../dist', import.meta.url).pathname] = process.argv.slice(2);
if (!baseline) {
  console.error('usage: node bench/cpu-compare.mjs <baseline dist dir> [<candidate dist dir>]');
  process.exit(2);
}
const builds = {
  before: require(resolve(baseline, 'index.js')),
  after: require(resolve(candidate, 'index.js')),
};
const N = Number(process.env.N ?? 2000);
async function cpuPerOp(op) {
  const start = process.cpuUsage();
  for (let i = 0; i < N; i++) await op(i);
  const d = process.cpuUsage(start);
  return (d.user + d.system) / N;
}
const ctx = {};
for (const [name, b] of Object.entries(builds)) {
  const server = await b.startEmbeddedMongo({});
  const client = await MongoClient.connect(`${server.uri}?directConnection=true`);
  const db = client.db('bench');
  const people = db.collection('people');
  await people.createIndex({ email: 1 }, { unique: true });
  for (let i = 0; i < 100_000; i += 5000)
    await people.insertMany(
      Array.from({ length: 5000 }, (_, j) => ({
        _id: i + j,
        email: `l${i + j}@example.md`,
        group: (i + j) % 10,
        score: (i + j) % 97,
      })),
    );
  ctx[name] = { server, client, db, people };
}
let seq = 0;
const measures = {
  ping: (c) => () => c.db.command({ ping: 1 }),
  insert: (c) => () => c.db.collection('ins').insertOne({ i: seq++, text: 'Învățăm împreună' }),
  'find _id @100k': (c) => (i) => c.people.findOne({ _id: (i * 7919) % 100000 }),
  'indexed find @100k': (c) => (i) => c.people.findOne({ email: `l${(i * 7919) % 100000}@example.md` }),
  'updateOne $set by _id': (c) => (i) => c.people.updateOne({ _id: i % 1000 }, { $set: { seen: i } }),
};
const rounds = Number(process.env.ROUNDS ?? 5);
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [m, make] of Object.entries(measures)) {
  const vals = { before: [], after: [] };
  for (let r = 0; r < rounds; r++) {
    for (const b of r % 2 ? ['after', 'before'] : ['before', 'after'])
      vals[b].push(await cpuPerOp(make(ctx[b])));
  }
  const b = med(vals.before),
    a = med(vals.after);
  console.log(
    `${m.padEnd(28)} CPU µs/op before ${b.toFixed(0).padStart(5)}  after ${a.toFixed(0).padStart(5)}  throughput after/before ${((b / a) * 100).toFixed(0)}%`,
  );
}
{
  const vals = { before: [], after: [] };
  for (let r = 0; r < rounds; r++)
    for (const b of ['before', 'after']) {
      const s = process.cpuUsage();
      await ctx[b].people
        .aggregate([
          { $match: { _id: { $lt: 10000 } } },
          { $group: { _id: '$group', n: { $sum: 1 }, avg: { $avg: '$score' } } },
        ])
        .toArray();
      const d = process.cpuUsage(s);
      vals[b].push((d.user + d.system) / 1000);
    }
  console.log(
    `${'$group over 10k'.padEnd(28)} CPU ms before ${med(vals.before).toFixed(1)}  after ${med(vals.after).toFixed(1)}`,
  );
}
for (const c of Object.values(ctx)) {
  await c.client.close();
  await c.server.close();
}
