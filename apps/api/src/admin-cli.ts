import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { type AppConfig, loadConfig } from './config/env';
import { resolveDatabaseTarget } from './database/database-target';
import { parseAdminCommand, readPassword } from './modules/accounts/admin-command';
import { AccountsService } from './modules/accounts/accounts.service';
import { RefusedInputError } from './modules/security/auth-errors';
import { describeStartupError } from './startup-error';

/**
 * `npm run admin -- create --email … --name …`: the first administrator, without a browser. The
 * password comes from `input` (typed twice at a prompt, or the first line of a pipe).
 */
export async function runAdminCli(
  argv: readonly string[],
  input: NodeJS.ReadStream,
  output: NodeJS.WriteStream,
  config: AppConfig = loadConfig(),
): Promise<void> {
  const command = parseAdminCommand(argv);
  const password = await readPassword(input, output);
  const database = await resolveDatabaseTarget(config, () => undefined);
  try {
    const app = await NestFactory.createApplicationContext(
      AppModule.register(config, database.uri, { serveHttp: false }),
      { logger: ['error'] },
    );
    try {
      const user = await app.get(AccountsService).createFirstAdmin({ ...command, password }, null);
      output.write(`created the administrator ${user.name} <${user.email}>; sign in on the web app\n`);
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}

/** One line for the terminal: a refusal names its reason; anything else as start-up errors are. */
export function describeAdminError(error: unknown): string {
  return error instanceof RefusedInputError
    ? `${error.message} (${error.reason})`
    : describeStartupError(error);
}

if (require.main === module) {
  runAdminCli(process.argv.slice(2), process.stdin, process.stdout).catch((error: unknown) => {
    process.stderr.write(`admin: ${describeAdminError(error)}\n`);
    process.exit(1);
  });
}
