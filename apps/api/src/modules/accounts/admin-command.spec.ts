import { Readable } from 'node:stream';
import { parseAdminCommand, readPassword } from './admin-command';

describe('the admin command line', () => {
  it('reads create with an e-mail and a name', () => {
    expect(parseAdminCommand(['create', '--email', 'ana@example.org', '--name', 'Ana Pop'])).toEqual({
      email: 'ana@example.org',
      name: 'Ana Pop',
    });
  });

  it('names what is missing or unknown', () => {
    expect(() => parseAdminCommand(['create', '--email', 'ana@example.org'])).toThrow(/--email and --name/);
    expect(() => parseAdminCommand(['delete'])).toThrow(/unknown command "delete"/);
    expect(() => parseAdminCommand(['create', '--force'])).toThrow(/force/);
  });

  it('takes the first line of piped input as the password', async () => {
    const input = Readable.from(['a long admin password\n', 'ignored']) as unknown as NodeJS.ReadStream;
    expect(await readPassword(input, process.stdout)).toBe('a long admin password');
  });
});
