import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  answerTourRightly,
  check,
  doThePractice,
  next,
  nextQuestion,
  openLesson,
  stepTitle,
  toTheQuiz,
  TOUR,
  watchVideo,
} from './player-journey';
import { adminSession } from './support/auth';

const API = process.env.E2E_API_URL ?? 'http://127.0.0.1:4100/graphql';
const PASSWORD = 'Cartea de la bibliotecă 2026';
let counter = 0;

/** A self-paced learner signed up over the API (the sign-up page is the accounts issue's to test). */
async function aLearnerAccount(): Promise<string> {
  // A fresh install sends every sign-in to the set-up page until the administrator exists.
  await adminSession();
  const email = `learner-${Date.now().toString(36)}${(counter++).toString(36)}@example.org`;
  const response = await fetch(API, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation ($input: NewAccountInput!) { signUp(input: $input) { id } }`,
      variables: { input: { name: 'Lidia Cititoare', email, password: PASSWORD } },
    }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return email;
}

/** Signs in through the page, as the learner does. */
async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in?lang=en');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await expect(page.getByText('Signed in as Lidia Cititoare')).toBeVisible();
}

/** Another computer: a fresh browser context (nothing in its storage) signed in to the same account. */
async function anotherComputer(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

test.describe('a signed-in learner', () => {
  test('takes a whole lesson with every step kind, wrong twice and the hint, and another computer continues from the server', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const email = await aLearnerAccount();
    await signIn(page, email);
    await openLesson(page, TOUR, 'en');
    await expect(page.getByText('Step 1 of 6')).toBeVisible();
    await watchVideo(page);
    await next(page);
    await expect(page.getByRole('img', { name: 'An open envelope' })).toBeVisible();
    await next(page);
    await doThePractice(page);
    await next(page);

    await expect(page.getByText('Question 1 of 8')).toBeVisible();
    await page.getByLabel('www.example.org').check();
    await check(page);
    await expect(page.locator('.outcome')).toHaveText('Not quite. Try again.');
    await page.getByLabel('022 123 456').check();
    await check(page);
    await expect(page.getByText('2 tries left')).toBeVisible();
    await page.getByRole('button', { name: 'Show a hint' }).click();
    await expect(page.getByText('Look for the @ sign.')).toBeVisible();
    // Signed in, it is saved on the account, not only on this computer.
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();

    // In the middle of the quiz, the server already has it: another computer opens the same question.
    const other = await anotherComputer(browser, email);
    await other.goto('/courses/player-sampler?lang=en');
    await expect(other.getByText('In progress: step 4 of 6')).toBeVisible();
    await other.getByRole('link', { name: 'Continue where you stopped →' }).click();
    await expect(other.locator('.player[data-ready="true"]')).toBeVisible();
    await expect(other.getByText('Question 1 of 8')).toBeVisible();
    await expect(other.getByText('2 tries left')).toBeVisible();

    await page.getByLabel('ana@example.org').check();
    await check(page);
    await expect(page.locator('.outcome')).toHaveText('Correct!');
    await nextQuestion(page);
    await answerTourRightly(page, 1);
    await next(page);
    await expect(stepTitle(page)).toHaveText('Done');
    await page.locator('.step-nav .primary').click();
    await expect(stepTitle(page)).toHaveText('Well done! You finished this lesson.');

    // The other computer's course page reads the finished lesson from the server and goes on to the next.
    await expect(async () => {
      await other.goto('/courses/player-sampler?lang=en');
      await expect(other.getByText('Completed').first()).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await expect(other.getByRole('link', { name: 'Continue where you stopped →' })).toHaveAttribute(
      'href',
      '/courses/player-sampler/lessons/second',
    );
    await other.context().close();
  });

  test('carries what they did as a guest to their account when they sign in', async ({ page, browser }) => {
    test.setTimeout(90_000);
    const email = await aLearnerAccount();
    await openLesson(page, TOUR, 'en');
    await toTheQuiz(page);
    await page.getByLabel('www.example.org').check();
    await check(page);
    await expect(page.getByText('3 tries left')).toBeVisible();
    await expect(page.getByText('Saved on this computer')).toBeVisible();

    await signIn(page, email);
    await openLesson(page, TOUR, 'en');
    await expect(page.getByText('Question 1 of 8')).toBeVisible();
    await expect(page.getByText('3 tries left')).toBeVisible();

    // On the account now: another computer finds the same question and the same attempts.
    const other = await anotherComputer(browser, email);
    await expect(async () => {
      await openLesson(other, TOUR, 'en');
      await expect(other.getByText('3 tries left')).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await expect(other.getByText('Question 1 of 8')).toBeVisible();
    await other.context().close();
  });

  test('reader settings persist across devices', async ({ page, browser }) => {
    const email = await aLearnerAccount();
    await signIn(page, email);
    await openLesson(page, TOUR, 'en');
    await page.getByRole('button', { name: 'Reading settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reading settings' });
    const saved = page.waitForResponse((r) => r.url().endsWith('/reader-settings') && r.status() === 204);
    await dialog.getByLabel('150%').check();
    await saved;
    const savedAgain = page.waitForResponse(
      (r) => r.url().endsWith('/reader-settings') && r.status() === 204,
    );
    await dialog.getByLabel('High contrast').check();
    await savedAgain;
    await dialog.getByRole('button', { name: 'Close' }).click();

    // Another computer, nothing in its storage: the first page after sign-in already looks as set,
    // from the boot script in <head> (before the body is painted), not from a script run later.
    const other = await anotherComputer(browser, email);
    await other.goto('/?lang=en');
    const boot = await other.locator('head script[nonce]').first().textContent();
    expect(boot).toContain('"highContrast":true');
    const html = other.locator('html');
    await expect(html).toHaveAttribute('data-high-contrast', 'on');
    expect(await html.evaluate((el) => el.style.fontSize)).toBe(`${112.5 * 1.5}%`);
    expect(await html.evaluate((el) => el.hasAttribute('data-wide-spacing'))).toBe(false);
    // The other computer's own dialog shows the account's settings.
    await openLesson(other, TOUR, 'en');
    await other.getByRole('button', { name: 'Reading settings' }).click();
    await expect(other.getByRole('dialog', { name: 'Reading settings' }).getByLabel('150%')).toBeChecked();

    // A guest on yet another computer gets the site's own look.
    const guest = await (await browser.newContext()).newPage();
    await guest.goto('/?lang=en');
    expect(await guest.locator('html').evaluate((el) => el.hasAttribute('data-high-contrast'))).toBe(false);
    await guest.context().close();
    await other.context().close();
  });
});
