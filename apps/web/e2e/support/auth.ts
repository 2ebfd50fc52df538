import { expect, type Page } from '@playwright/test';

/** The API the Playwright config starts; test data is made through it, the pages under test by hand. */
const API = process.env.E2E_API_URL ?? 'http://127.0.0.1:4100/graphql';

/** The administrator every browser test shares; the setup spec creates it through the page when it can. */
export const ADMIN = {
  name: 'Ana Administratoare',
  email: 'admin@example.org',
  password: 'Podul peste Prut 2026',
};

/** Calls the API as one person: the session cookie it is given is sent with the next calls. */
export class ApiSession {
  cookie: string | null = null;

  /** endpoint: another API than the config's (a spec's own, see own-servers.ts). */
  constructor(private readonly endpoint = API) {}

  async call<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`API: ${JSON.stringify(body.errors)}`);
    return body.data;
  }
}

/** Signs the shared administrator in over the API, creating it first on a fresh install. */
export async function adminSession(endpoint = API): Promise<ApiSession> {
  const session = new ApiSession(endpoint);
  const { setupStatus } = await session.call<{ setupStatus: { needsFirstAdmin: boolean } }>(
    `{ setupStatus { needsFirstAdmin } }`,
  );
  if (setupStatus.needsFirstAdmin) {
    await session.call(`mutation ($input: NewAccountInput!) { createFirstAdmin(input: $input) { id } }`, {
      input: ADMIN,
    });
  } else {
    await session.call(`mutation ($input: SignInInput!) { signIn(input: $input) { id } }`, {
      input: { email: ADMIN.email, password: ADMIN.password, keepSignedIn: false },
    });
  }
  return session;
}

/** A fresh invitation link's token, made by the administrator. */
export async function anInvitationToken(): Promise<string> {
  const admin = await adminSession();
  const { inviteTrainer } = await admin.call<{ inviteTrainer: { url: string } }>(
    `mutation ($email: String!) { inviteTrainer(email: $email) { url } }`,
    { email: `invited-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.org` },
  );
  return inviteTrainer.url.split('/').pop()!;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A trainer invited by the administrator, with their password. */
export async function aTrainer(): Promise<{
  session: ApiSession;
  email: string;
  password: string;
  name: string;
}> {
  const admin = await adminSession();
  const email = `trainer-${unique()}@example.org`;
  const { inviteTrainer } = await admin.call<{ inviteTrainer: { url: string } }>(
    `mutation ($email: String!) { inviteTrainer(email: $email) { url } }`,
    { email },
  );
  const session = new ApiSession();
  const password = 'Biblioteca din Bălți 2026';
  const name = 'Tudor Formator';
  await session.call(
    `mutation ($token: String!, $name: String!, $password: String!) { acceptInvitation(token: $token, name: $name, password: $password) { id } }`,
    { token: inviteTrainer.url.split('/').pop(), name, password },
  );
  return { session, email, password, name };
}

/** A new group of a new trainer; its join code. */
export async function aGroupCode(): Promise<string> {
  const trainer = await aTrainer();
  const { createGroup } = await trainer.session.call<{ createGroup: { joinCode: string } }>(
    `mutation ($input: NewGroupInput!) { createGroup(input: $input) { joinCode } }`,
    { input: { name: `Grupa de marți ${unique()}`, capacity: 10 } },
  );
  return createGroup.joinCode;
}

/** Presses Tab until the focused element's text or label matches; keyboard alone, like a reader. */
export async function tabTo(page: Page, name: RegExp, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const label = el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
      return `${el?.textContent ?? ''} ${el?.getAttribute('aria-label') ?? ''} ${label ?? ''}`.trim();
    });
    if (name.test(focused)) return;
  }
  expect(`nothing matching ${name} reached by Tab`).toBe('');
}

/** The shared administrator, signed in through the sign-in page (English). */
export async function signInAsAdmin(page: Page): Promise<void> {
  await adminSession();
  await page.goto('/sign-in?lang=en');
  await page.getByLabel('E-mail address').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await expect(page.getByText(`Signed in as ${ADMIN.name}`)).toBeVisible();
}
