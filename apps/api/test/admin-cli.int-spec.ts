import { Readable, Writable } from 'node:stream';
import { describeAdminError, runAdminCli } from '../src/admin-cli';
import { loadConfig } from '../src/config/env';
import { ApiHarness } from './support/api-harness';
import { Caller } from './support/caller';
import { signInWithPassword } from './support/factories';

const piped = (text: string) => Readable.from([text]) as unknown as NodeJS.ReadStream;

function collector(): { stream: NodeJS.WriteStream; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += String(chunk);
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  return { stream, text: () => text };
}

// `npm run admin -- create` runs this same function with the process's stdin and stdout.
describe('npm run admin -- create (password from standard input)', () => {
  const harness = new ApiHarness();
  const config = () =>
    loadConfig({ NODE_ENV: 'test', DATA_DIR: harness.dataDir, CONTENT_DIR: harness.contentDir });

  afterAll(async () => {
    await harness.dispose();
  });

  it('creates the first administrator, who then signs in on the web app; a second run is refused', async () => {
    const out = collector();
    await runAdminCli(
      ['create', '--email', 'Ana@Example.org', '--name', 'Ana Popescu'],
      piped('a long admin password\nignored second line\n'),
      out.stream,
      config(),
    );
    expect(out.text()).toBe(
      'created the administrator Ana Popescu <ana@example.org>; sign in on the web app\n',
    );

    const again = runAdminCli(
      ['create', '--email', 'bob@example.org', '--name', 'Bob'],
      piped('another long password\n'),
      collector().stream,
      config(),
    );
    await expect(again).rejects.toMatchObject({ reason: 'SETUP_DONE' });
    expect(describeAdminError(await again.catch((error: unknown) => error))).toBe(
      'an administrator already exists (SETUP_DONE)',
    );

    const { url } = await harness.start();
    const { caller, reply } = await signInWithPassword(url, 'ana@example.org', 'a long admin password');
    expect(reply.errors).toBeUndefined();
    const me = await caller.ok<{ me: { roles: string[] } }>(`{ me { roles } }`);
    expect(me.me.roles).toEqual(expect.arrayContaining(['admin', 'trainer', 'learner']));
    const status = await new Caller(url).ok<{ setupStatus: { needsFirstAdmin: boolean } }>(
      `{ setupStatus { needsFirstAdmin } }`,
    );
    expect(status.setupStatus.needsFirstAdmin).toBe(false);
  });

  it('refuses a common password from the pipe, naming why, and creates nobody', async () => {
    const other = new ApiHarness();
    try {
      const refused = runAdminCli(
        ['create', '--email', 'eve@example.org', '--name', 'Eve'],
        piped('password123\n'),
        collector().stream,
        loadConfig({ NODE_ENV: 'test', DATA_DIR: other.dataDir, CONTENT_DIR: other.contentDir }),
      );
      await expect(refused).rejects.toMatchObject({ reason: 'PASSWORD_COMMON' });
      const { url } = await other.start();
      const status = await new Caller(url).ok<{ setupStatus: { needsFirstAdmin: boolean } }>(
        `{ setupStatus { needsFirstAdmin } }`,
      );
      expect(status.setupStatus.needsFirstAdmin).toBe(true);
    } finally {
      await other.dispose();
    }
  });
});
