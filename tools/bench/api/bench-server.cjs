// The built API as `npm start` runs it, with one difference: the learner is named by a request
// header (accounts are not part of this benchmark). Usage: node bench-server.cjs (env: PORT,
// MONGODB_URI, CONTENT_DIR, DATA_DIR).
require('reflect-metadata');
const { Injectable } = require('@nestjs/common');
const { FastifyAdapter } = require('@nestjs/platform-fastify');
const { Test } = require('@nestjs/testing');
const api = (path) => require(`../../../apps/api/dist/${path}`);
const { AppModule } = api('app.module');
const { ViewerSource } = api('common/access');
const { loadConfig } = api('config/env');
const { ContentImportService } = api('modules/catalog/content-import.service');

class HeaderViewerSource extends ViewerSource {
  async viewerOf(request) {
    const learner = request.headers?.['x-bench-learner'];
    return learner ? { userId: learner, roles: ['learner'], sessionId: `bench-${learner}` } : null;
  }
}
Injectable()(HeaderViewerSource);

async function main() {
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_FORMAT: 'json' });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.register(config, config.mongodbUri)],
  })
    .overrideProvider(ViewerSource)
    .useClass(HeaderViewerSource)
    .setLogger({ log() {}, error: console.error, warn() {}, debug() {}, verbose() {} })
    .compile();
  const app = moduleRef.createNestApplication(new FastifyAdapter({ bodyLimit: 1_048_576 }), {
    logger: ['error'],
  });
  await app.init();
  await app.get(ContentImportService).importIfEmpty(config.contentDir);
  await app.listen(config.port, '127.0.0.1');
  process.stdout.write('ready\n');
  // A clean exit (not the default kill) lets --cpu-prof write its profile.
  process.once('SIGTERM', () => process.exit(0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
