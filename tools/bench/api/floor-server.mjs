// The floor: the same work as the progress mutation without the framework — parse the body, read
// the progress document, one durable update, a JSON reply — with node:http and the mongodb driver.
import { createServer } from 'node:http';
import { MongoClient } from 'mongodb';

const client = await new MongoClient(process.env.MONGODB_URI).connect();
const progress = client.db().collection('floor_progress');
await progress.createIndex({ learnerId: 1, courseSlug: 1, lessonId: 1 }, { unique: true });

const server = createServer((request, response) => {
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk) => (body += chunk));
  request.on('end', async () => {
    try {
      const { input } = JSON.parse(body).variables;
      const key = {
        learnerId: request.headers['x-bench-learner'],
        courseSlug: input.courseSlug,
        lessonId: input.lessonId,
      };
      const doc = await progress.findOne(key, { projection: { revision: 1 } });
      const revision = doc?.revision ?? 0;
      await progress.updateOne(
        { ...key, revision },
        {
          $push: { events: { $each: input.events } },
          $set: { revision: revision + 1, updatedAt: new Date() },
        },
        { upsert: !doc, writeConcern: { w: 1, j: true } },
      );
      const results = input.events.map((event) => ({ id: event.id, status: 'accepted' }));
      const json = JSON.stringify({ data: { recordProgress: { results, stored: true } } });
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(json),
      });
      response.end(json);
    } catch (error) {
      response.writeHead(500);
      response.end(String(error));
    }
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
