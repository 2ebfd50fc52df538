import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi, type RunningApi } from '../src/bootstrap';
import { loadConfig } from '../src/config/env';
import { FIXTURE_CONTENT } from './support/api-harness';
import { Caller } from './support/caller';
import { aSelfPacedLearner, theFirstAdmin } from './support/factories';
import { startFakeSmtp } from './support/fake-smtp';

describe('links by e-mail when SMTP is configured', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'punte-smtp-'));
  let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
  let api: RunningApi;

  beforeAll(async () => {
    smtp = await startFakeSmtp();
    api = await startApi(
      loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        DATA_DIR: dataDir,
        CONTENT_DIR: FIXTURE_CONTENT,
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Biblioteca <punte@example.org>',
        PUBLIC_URL: 'https://punte.example.org/',
      }),
    );
  });
  afterAll(async () => {
    await api.close();
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('e-mails an invitation link to the invited address, and shows the same link to the admin', async () => {
    const admin = await theFirstAdmin(api.url);
    const { inviteTrainer } = await admin.caller.ok<{ inviteTrainer: { url: string; emailed: boolean } }>(
      `mutation { inviteTrainer(email: "mail.trainer@example.org") { url emailed } }`,
    );
    expect(inviteTrainer.emailed).toBe(true);
    expect(inviteTrainer.url).toMatch(/^https:\/\/punte\.example\.org\/sign-in\/invitation\/[\w-]{43}$/);
    const mail = smtp.received.find((m) => m.to.includes('mail.trainer@example.org'));
    expect(mail?.data.replace(/=\r\n/g, '')).toContain(inviteTrainer.url);
    // The e-mailed link works like the copied one.
    const token = inviteTrainer.url.split('/').pop();
    const accepted = await new Caller(api.url).graphql(
      `mutation ($token: String!) { acceptInvitation(token: $token, name: "Mara", password: "o parolă destul de lungă") { id } }`,
      { token },
    );
    expect(accepted.errors).toBeUndefined();
  });

  it('e-mails a password-reset link to the person, from the configured sender', async () => {
    const admin = await theFirstAdmin(api.url);
    const learner = await aSelfPacedLearner(api.url, 'Mihai Mail');
    const { createPasswordResetLink: link } = await admin.caller.ok<{
      createPasswordResetLink: { url: string; emailed: boolean };
    }>(`mutation ($id: ID!) { createPasswordResetLink(userId: $id) { url emailed } }`, { id: learner.id });
    expect(link.emailed).toBe(true);
    expect(link.url).toMatch(/^https:\/\/punte\.example\.org\/sign-in\/reset\/[\w-]{43}$/);
    const mail = smtp.received.find((m) => m.to.includes(learner.email));
    expect(mail?.data).toMatch(/^From: .*punte@example\.org/m);
    expect(mail?.data.replace(/=\r\n/g, '')).toContain(link.url);
  });
});
