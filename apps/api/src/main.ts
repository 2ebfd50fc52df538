import { loadConfig } from './config/env';
import { createLogger, startApi } from './bootstrap';
import { describeStartupError } from './startup-error';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const api = await startApi(config, logger);
  logger.log(`API ready at ${api.url}/graphql`, 'Punte');
  // main owns the signals (not Nest's shutdown hooks, which re-raise them before the database is closed).
  const stop = () => {
    api.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // One line that names the problem, never a bare stack trace.
  process.stderr.write(`punte-api: cannot start: ${describeStartupError(error)}\n`);
  process.exit(1);
});
