import { expect, type Browser, type Page } from '@playwright/test';
import { aTrainer } from './support/auth';

/** Shared steps of the trainer's browser tests. */
const API = process.env.E2E_API_URL ?? 'http://127.0.0.1:4100/graphql';

/** One GraphQL call as an anonymous visitor or a learner (their cookie); throws on any error. */
export async function api<T>(
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
): Promise<{ data: T; cookie?: string }> {
  const response = await fetch(API, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`API: ${JSON.stringify(body.errors)}`);
  return { data: body.data, cookie: response.headers.get('set-cookie')?.split(';')[0] };
}

/** A new trainer, signed in through the sign-in page of this browser. */
export async function signedInTrainer(page: Page, lang = 'en') {
  const trainer = await aTrainer();
  await page.goto('/sign-in?lang=en');
  await page.getByLabel('E-mail address').fill(trainer.email);
  await page.getByLabel('Password').fill(trainer.password);
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await expect(page.getByText(`Signed in as ${trainer.name}`)).toBeVisible();
  if (lang !== 'en') await page.goto(`/trainer?lang=${lang}`);
  return trainer;
}

/** A learner joining over the API with the code; their id. */
export async function joinAsLearner(code: string, firstName: string, pin: string): Promise<string> {
  const { data } = await api<{ joinGroup: { id: string } }>(
    `mutation ($input: JoinGroupInput!) { joinGroup(input: $input) { id } }`,
    { input: { code, firstName, pin, pinRepeat: pin } },
  );
  return data.joinGroup.id;
}

/** Five wrong PINs: the learner is locked out for 15 minutes (or until the trainer unlocks them). */
export async function lockOut(code: string, learnerId: string): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await fetch(API, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation ($code: String!, $id: ID!, $pin: String!) { learnerSignIn(code: $code, learnerId: $id, pin: $pin) { id } }`,
        variables: { code, id: learnerId, pin: '0000' },
      }),
    });
  }
}

/** Whether the learner can sign in with this PIN right now. */
export async function pinWorks(code: string, learnerId: string, pin: string): Promise<boolean> {
  try {
    await api(
      `mutation ($code: String!, $id: ID!, $pin: String!) { learnerSignIn(code: $code, learnerId: $id, pin: $pin) { id } }`,
      { code, id: learnerId, pin },
    );
    return true;
  } catch {
    return false;
  }
}

/** A full-page screenshot when TRAINER_SHOTS names a folder: for looking at the pages, not for asserting. */
export async function shoot(page: Page, name: string): Promise<void> {
  const folder = process.env.TRAINER_SHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
}

/** The new-group form's required fields, by name so that it works in any language. */
export async function fillNewGroup(page: Page, name: string): Promise<void> {
  await page.locator('input[name=name]').fill(name);
  await page.locator('input[name=courseSlugs][value=player-sampler]').check();
  await page.locator('input[name=library]').fill('Biblioteca „Ion Creangă”');
}

/** A learner in their own browser context joins with the code, as on the library's computer. */
export async function learnerJoins(browser: Browser, code: string, name: string, pin: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/join/${code}/new?lang=en`);
  await expect(page.locator('form[data-stepped]')).toBeVisible();
  await page.getByLabel('First name').fill(name);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#pin').fill(pin);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#pinRepeat').fill(pin);
  await page.getByRole('button', { name: 'Join the group' }).click();
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
  return page;
}
