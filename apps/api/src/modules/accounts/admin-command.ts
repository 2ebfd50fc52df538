import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

export interface CreateAdminCommand {
  email: string;
  name: string;
}

export const ADMIN_USAGE =
  'usage: npm run admin -- create --email ana@example.org --name "Ana Popescu"\n' +
  '  the password is asked for, or read from standard input: echo "$PASSWORD" | npm run admin -- create …';

/** Reads `create --email … --name …`; anything else is a usage error naming what is wrong. */
export function parseAdminCommand(argv: readonly string[]): CreateAdminCommand {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { email: { type: 'string' }, name: { type: 'string' } },
  });
  if (positionals[0] !== 'create' || positionals.length !== 1)
    throw new Error(`unknown command "${positionals.join(' ')}"\n${ADMIN_USAGE}`);
  if (!values.email || !values.name) throw new Error(`--email and --name are both needed\n${ADMIN_USAGE}`);
  return { email: values.email, name: values.name };
}

/** The password from a pipe (first line), or typed twice at a prompt that does not echo it. */
export async function readPassword(input: NodeJS.ReadStream, output: NodeJS.WriteStream): Promise<string> {
  if (!input.isTTY) {
    let text = '';
    for await (const chunk of input) text += String(chunk);
    return text.split(/\r?\n/)[0];
  }
  const first = await hiddenPrompt(input, output, 'Password (at least 10 characters): ');
  const second = await hiddenPrompt(input, output, 'The same password again: ');
  if (first !== second) throw new Error('the two passwords differ');
  return first;
}

function hiddenPrompt(
  input: NodeJS.ReadStream,
  output: NodeJS.WriteStream,
  question: string,
): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input, output, terminal: true });
    // Replace what readline echoes with nothing, so the password never shows on screen.
    const writable = rl as unknown as { _writeToOutput: (text: string) => void };
    output.write(question);
    writable._writeToOutput = () => undefined;
    rl.question('', (answer) => {
      rl.close();
      output.write('\n');
      resolve(answer);
    });
  });
}
