import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { loadConfig } from './config/env';
import { resolveDatabaseTarget } from './database/database-target';
import { parseAdminCommand, readPassword } from './modules/accounts/admin-command';
import { AccountsService } from './modules/accounts/accounts.service';
import { RefusedInputError } from './modules/security/auth-errors';
import { describeStartupError } from './startup-error';

/** `npm run admin -- create --email … --name …`: the first administrator, without a browser. */
async function main(): Promise<void> {
  const command = parseAdminCommand(process.argv.slice(2));
  const password = await readPassword(process.stdin, process.stdout);
  const config = loadConfig();
  const database = await resolveDatabaseTarget(config, () => undefined);
  try {
    const app = await NestFactory.createApplicationContext(
      AppModule.register(config, database.uri, { serveHttp: false }),
      { logger: ['error'] },
    );
    try {
      const user = await app.get(AccountsService).createFirstAdmin({ ...command, password }, null);
      process.stdout.write(
        `created the administrator ${user.name} <${user.email}>; sign in on the web app\n`,
      );
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  const message =
    error instanceof RefusedInputError ? `${error.message} (${error.reason})` : describeStartupError(error);
  process.stderr.write(`admin: ${message}\n`);
  process.exit(1);
});
