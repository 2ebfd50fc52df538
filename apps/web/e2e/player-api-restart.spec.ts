import { expect, test, type Browser, type Page } from '@playwright/test';
import {
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
import { adminSession, ApiSession } from './support/auth';
import { violations } from './support/axe';
import { queuedInBrowser, serverRecord as recordOf } from './support/learner-record';
import { ownPorts, startOwnServers, type OwnServers } from './support/own-servers';

/**
 * The API crashes (SIGKILL) in the middle of a signed-in learner's lesson and comes back with the
 * same data directory: nothing the learner did is lost, before or during the outage. The spec
 * runs its own API and web server (support/own-servers.ts), since it kills and restarts them.
 */
test.use({ baseURL: ownPorts().webOrigin });
test.describe.configure({ mode: 'serial' });

let servers: OwnServers;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  servers = await startOwnServers();
  // A fresh install sends every sign-in to the set-up page until the administrator exists.
  await adminSession(servers.graphqlUrl);
});

test.afterAll(async () => {
  await servers?.close();
});

// A test that failed with the API down leaves it up for the next one.
test.afterEach(async () => {
  if (servers && !servers.api.running) await servers.api.start();
});

const PASSWORD = 'Cartea de la bibliotecă 2026';
const NAME = 'Lidia Cititoare';
const WAITING = 'We will check this as soon as the connection is back.';
const OFFLINE = 'Offline, saved on this computer';
// The sender retries a failed batch after 1, 2, 4, then every 8 s (outbox.svelte.ts): once the API
// is back, the next retry comes within 8 s. The margin is for a loaded machine.
const DRAINED_WITHIN_MS = 20_000;
let counter = 0;

const serverRecord = (api: ApiSession) => recordOf(api, 'player-sampler', 'tour');
const indicator = (page: Page) => page.getByRole('status').filter({ has: page.locator('.dot') });

/** A learner signed up over the API, then signed in through the page; `api` reads their record. */
async function aSignedInLearner(page: Page): Promise<{ email: string; api: ApiSession }> {
  const api = new ApiSession(servers.graphqlUrl);
  const email = `restart-${Date.now().toString(36)}${(counter++).toString(36)}@example.org`;
  await api.call(`mutation ($input: NewAccountInput!) { signUp(input: $input) { id } }`, {
    input: { name: NAME, email, password: PASSWORD },
  });
  expect(api.cookie).toBeTruthy();
  await signIn(page, email);
  await openLesson(page, TOUR, 'en');
  return { email, api };
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in?lang=en');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await expect(page.getByText(`Signed in as ${NAME}`)).toBeVisible();
}

/** Another computer (a fresh context, nothing in its storage) opens the lesson from the server. */
async function anotherComputerShows(browser: Browser, email: string, question: string): Promise<void> {
  const other = await (await browser.newContext()).newPage();
  await signIn(other, email);
  await openLesson(other, TOUR, 'en');
  await expect(other.getByText(question)).toBeVisible();
  await other.context().close();
}

test('the API crashes in the middle of a quiz: answers wait calmly, then everything reaches the server', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const { email, api } = await aSignedInLearner(page);

  // 1. Three steps and two wrong answers, each graded and saved on the account.
  await toTheQuiz(page);
  await expect(page.getByText('Question 1 of 8')).toBeVisible();
  for (const wrong of ['www.example.org', '022 123 456']) {
    await page.getByLabel(wrong).check();
    await check(page);
    await expect(page.locator('.outcome')).toHaveText('Not quite. Try again.');
  }
  await expect(page.getByText('2 tries left')).toBeVisible();
  await expect(indicator(page)).toHaveText('Saved');
  expect(await queuedInBrowser(page)).toBe(0);
  const before = await serverRecord(api);
  expect(before).toMatchObject({ currentStepId: 'check', attempts: { 'q-single': 2 } });

  // 2. A crash, not a shutdown: nothing is flushed or closed.
  await servers.api.crash();

  // 3. The learner goes on: the hint (taken here at once) and the right answer (waits for its verdict).
  await page.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));
  await page.getByRole('button', { name: 'Show a hint' }).click();
  await expect(page.getByText('Look for the @ sign.')).toBeVisible();
  await expect(indicator(page)).toHaveText(OFFLINE);
  await page.getByLabel('ana@example.org').check();
  await check(page);
  await expect(page.getByText(WAITING)).toBeVisible();
  // Not graded, so neither wrong nor right; nothing sent, so not "Saved".
  await expect(page.locator('.outcome')).toHaveCount(0);
  await expect(page.locator('form.question button[type="submit"]')).toHaveText('Checking…');
  await expect(indicator(page)).toHaveText(OFFLINE);
  await expect(stepTitle(page)).toHaveText('Check');
  expect(await queuedInBrowser(page)).toBe(2);

  // 4. The API is back with the same data: the queue drains without a reload, the answer gets its verdict.
  await servers.api.start();
  await expect(page.locator('.outcome')).toHaveText('Correct!', { timeout: DRAINED_WITHIN_MS });
  await expect(indicator(page)).toHaveText('Saved');
  await expect(page.getByText(WAITING)).toHaveCount(0);
  expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
  expect(await queuedInBrowser(page)).toBe(0);

  // 5. The server has all of it: what came before the crash (no longer in the browser: it was
  // confirmed and dropped from the queue, so only the database kept it) and the two events since.
  expect(await serverRecord(api)).toMatchObject({
    eventCount: before.eventCount + 2,
    currentStepId: 'check',
    attempts: { 'q-single': 3 },
    correct: { 'q-single': true },
  });
  await nextQuestion(page);
  await expect(page.getByText('Question 2 of 8')).toBeVisible();
  await expect(page.getByText('What can an e-mail have?')).toBeVisible();
  await anotherComputerShows(browser, email, 'What can an e-mail have?');
});

test('the learner closes the page while the API is down: the next visit sends what waited', async ({
  page,
  browser,
}, info) => {
  test.setTimeout(120_000);
  const { email, api } = await aSignedInLearner(page);
  await watchVideo(page);
  await next(page);
  await expect(stepTitle(page)).toHaveText('What an e-mail is');
  await expect(indicator(page)).toHaveText('Saved');
  const before = await serverRecord(api);
  expect(before.currentStepId).toBe('read');

  // Two more steps (the practice's checkpoints among them) and an answer, all with the API down.
  await servers.api.crash();
  await next(page);
  await doThePractice(page);
  await next(page);
  await expect(page.getByText('Question 1 of 8')).toBeVisible();
  await page.getByLabel('ana@example.org').check();
  await check(page);
  await expect(page.getByText(WAITING)).toBeVisible();
  await expect(indicator(page)).toHaveText(OFFLINE);
  const waiting = await queuedInBrowser(page);
  expect(waiting).toBeGreaterThanOrEqual(3);
  const context = page.context();
  await page.close();

  await servers.api.start();
  // The crash kept what was saved before it; what came after is still only in the browser.
  expect(await serverRecord(api)).toEqual(before);

  // The next visit sends the queue at once and shows the verdict the answer was waiting for.
  const again = await context.newPage();
  await openLesson(again, TOUR, 'en');
  await expect(again.getByText('Question 1 of 8')).toBeVisible();
  await expect(again.locator('.outcome')).toHaveText('Correct!');
  // As the learner left it: their choice ticked; a solved question counts no tries.
  await expect(again.getByLabel('ana@example.org')).toBeChecked();
  await expect(again.getByText(/tries left/)).toHaveCount(0);
  await expect(indicator(again)).toHaveText('Saved');
  await again.screenshot({ path: info.outputPath('next-visit.png'), fullPage: true });
  expect(await queuedInBrowser(again)).toBe(0);
  expect(await serverRecord(api)).toMatchObject({
    eventCount: before.eventCount + waiting,
    currentStepId: 'check',
    attempts: { 'q-single': 1 },
    correct: { 'q-single': true },
  });
  await nextQuestion(again);
  await expect(again.getByText('Question 2 of 8')).toBeVisible();
  await anotherComputerShows(browser, email, 'Question 2 of 8');
});

test('the API crashes after storing an answer, before its reply: sent again, counted once', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { api } = await aSignedInLearner(page);
  await toTheQuiz(page);
  await expect(indicator(page)).toHaveText('Saved');
  const before = await serverRecord(api);

  // The answer's batch reaches the API and is stored; then the API dies and the reply never arrives.
  await page.route(
    '**/progress',
    async (route) => {
      const stored = await route.fetch();
      expect(stored.status()).toBe(200);
      await servers.api.crash();
      await route.abort('connectionreset');
    },
    { times: 1 },
  );
  await page.getByLabel('ana@example.org').check();
  await check(page);
  await expect(page.getByText(WAITING)).toBeVisible();
  await expect(page.locator('.outcome')).toHaveCount(0);
  expect(await queuedInBrowser(page)).toBe(1);

  await servers.api.start();
  await expect(page.locator('.outcome')).toHaveText('Correct!', { timeout: DRAINED_WITHIN_MS });
  await expect(indicator(page)).toHaveText('Saved');
  expect(await serverRecord(api)).toMatchObject({
    eventCount: before.eventCount + 1,
    attempts: { 'q-single': 1 },
    correct: { 'q-single': true },
  });
});

test('a lesson opened while the API is down shows a calm page that comes back by itself (ru)', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await servers.api.crash();
  await page.goto(`${TOUR}?lang=ru`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Сейчас не удаётся подключиться');
  await expect(page.getByText('Страница и сама пробует снова каждые несколько секунд.')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await servers.api.start();
  // No press on "try again": the page asks every few seconds and shows the lesson once it can.
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Обзор урока');
});
