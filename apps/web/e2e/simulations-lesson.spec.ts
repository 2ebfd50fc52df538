import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { next, openLesson } from './player-journey';
import { aGroupCode } from './support/auth';
import { axeViolations, control, pressOn, tabTo } from '../src/lib/simulations/testing/browser';

// The practice tools inside the lesson player, where the engine, this browser's queue and the
// server keep the learner's progress (the preview page stands in for all three).
const lesson = (course: string, id: string) => `/courses/${course}/lessons/${id}`;
const REPLY = lesson('online-communication', 'read-and-reply');
const PHOTO = lesson('online-communication', 'write-with-photo');
const POSTS = lesson('online-communication', 'what-not-to-share');
const CALL = lesson('online-communication', 'make-and-answer-call');

const showMe = (page: Page) => page.getByTestId('sim-show-me');
const nextButton = (page: Page) => page.locator('.step-nav .primary');
const reachedInList = (page: Page) => page.locator('.sim-progress li.done');

/** What the server refused, with its reasons: a tool's harmless moves must never reach it as progress. */
function watchRefusals(page: Page): { count: number; reasons: string[] } {
  const seen = { count: 0, reasons: [] as string[] };
  page.on('response', async (response) => {
    if (!response.url().endsWith('/progress')) return;
    const body = (await response.json().catch(() => null)) as {
      results?: { status: string; reason: string | null }[];
    } | null;
    for (const r of body?.results ?? [])
      if (r.status === 'refused') {
        seen.count += 1;
        seen.reasons.push(r.reason ?? '');
      }
  });
  return seen;
}

/** The tool state this browser's queue holds for the lesson (the last one recorded). */
async function queuedToolState(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('punte-player');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('events').objectStore('events').getAll();
          all.onsuccess = () => {
            const states = (
              all.result as { seq: number; event: { event?: string; data?: { state?: string } } }[]
            )
              .filter((e) => e.event.event === 'practice.state')
              .sort((a, b) => a.seq - b.seq);
            resolve(states.at(-1)?.event.data?.state ?? '');
          };
        };
      }),
  );
}

async function aLearner(page: Page, name: string): Promise<void> {
  const code = await aGroupCode();
  await page.goto(`/join/${code}/new?lang=en`);
  await expect(page.locator('form[data-stepped]')).toBeVisible();
  await page.getByLabel('First name').fill(name);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#pin').fill('9753');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#pinRepeat').fill('9753');
  await page.getByRole('button', { name: 'Join the group' }).click();
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
}

/** The built chunk of each tool (from Vite's manifest of the build under test). */
function toolChunks(): Record<string, string> {
  const manifest = JSON.parse(
    readFileSync(new URL('../.svelte-kit/output/client/.vite/manifest.json', import.meta.url), 'utf8'),
  ) as Record<string, { file: string }>;
  const out: Record<string, string> = {};
  for (const tool of ['email', 'gov', 'video', 'social'])
    out[tool] = manifest[`src/lib/simulations/${tool}/index.ts`]!.file.split('/').pop()!;
  return out;
}

test.describe('practice inside a lesson', () => {
  test("a tool's code is fetched only once the learner is under way, and only the lesson's own tool", async ({
    page,
  }) => {
    const chunks = toolChunks();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url().split('/').pop()!));
    const toolsFetched = () =>
      Object.entries(chunks)
        .filter(([, file]) => fetched.includes(file))
        .map(([t]) => t);
    await openLesson(page, REPLY, 'ro');
    expect(toolsFetched()).toEqual([]);
    await next(page);
    await expect(control(page, 'folder-inbox')).toBeVisible();
    expect(toolsFetched()).toEqual(['email']);
  });

  test('"show me" is offered again after every checkpoint and leads to the end; a wrong letter gets a word, never a refusal (uk)', async ({
    page,
  }) => {
    test.slow();
    const refused = watchRefusals(page);
    await openLesson(page, REPLY, 'uk');
    await next(page);
    await pressOn(page, control(page, 'folder-inbox'));
    await pressOn(page, control(page, 'row-from-library'));
    await expect(page.getByTestId('sim-note')).toContainText('Ви відкрили лист від Biblioteca Corjova.');
    const checkpoints = await page.locator('.sim-progress li').count();
    for (let reached = 1; reached <= checkpoints; reached++) {
      if (reached > 1) {
        await expect(showMe(page)).toBeEnabled();
        await pressOn(page, showMe(page));
        await expect(page.locator('.sim-showing')).toBeVisible();
      }
      await expect(reachedInList(page)).toHaveCount(reached, { timeout: 15_000 });
    }
    await expect(page.locator('.sim-complete')).toBeVisible();
    await expect(nextButton(page)).toBeEnabled();
    expect(refused.count).toBe(0);
  });

  for (const [tool, path, lang, readings] of [
    ['portal', lesson('e-government-at-the-library', 'find-official-information'), 'ru', 2],
    ['video call', lesson('online-communication', 'prepare-video-call'), 'pl', 1],
    ['social network', lesson('online-communication', 'privacy-settings'), 'en', 1],
  ] as const) {
    test(`"show me" leads through every checkpoint of the ${tool} task, by keyboard (${lang})`, async ({
      page,
    }) => {
      test.slow();
      const refused = watchRefusals(page);
      await openLesson(page, path, lang);
      for (let i = 0; i < readings; i++) await next(page);
      // The practice step and its tool load after "next": count the checkpoints once the tool is
      // there (counted earlier, the list was empty and the untouched task looked like one reset).
      await expect(showMe(page)).toBeEnabled();
      const required = await page.locator('.sim-progress li:not(:has(em))').count();
      expect(required).toBeGreaterThan(0);
      for (let reached = 1; reached <= required; reached++) {
        await expect(showMe(page)).toBeEnabled();
        await pressOn(page, showMe(page));
        await expect(reachedInList(page)).toHaveCount(reached, { timeout: 15_000 });
      }
      // The "show me" button is gone: focus goes to the completion message, not to the page.
      await expect(page.locator('.sim-complete')).toBeFocused();
      await expect(nextButton(page)).toBeEnabled();
      await expect(reachedInList(page)).toHaveCount(required);
      expect(refused.reasons).toEqual([]);
    });
  }

  test('a reload in the middle of a letter brings back the half-typed subject; then finished by keyboard (pl)', async ({
    page,
  }) => {
    test.slow();
    const refused = watchRefusals(page);
    await openLesson(page, PHOTO, 'pl');
    await next(page);
    await pressOn(page, control(page, 'write'));
    await page.keyboard.type('ion.popescu@example.org');
    await page.keyboard.press('Tab');
    await expect(reachedInList(page)).toHaveCount(2);
    await tabTo(page, control(page, 'draft-subject'));
    await page.keyboard.type('Zdjęcia z og');
    await expect.poll(() => queuedToolState(page)).toContain('Zdjęcia z og');

    await page.reload();
    await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
    await expect(control(page, 'draft-to')).toHaveValue('ion.popescu@example.org');
    await expect(control(page, 'draft-subject')).toHaveValue('Zdjęcia z og');
    await expect(reachedInList(page)).toHaveCount(2);
    await tabTo(page, control(page, 'draft-subject'));
    await page.keyboard.press('End');
    await page.keyboard.type('rodu');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kochany, zobacz nasze wiśnie.');
    await pressOn(page, control(page, 'attach'));
    await pressOn(page, control(page, 'photo-gradina.jpg'));
    await pressOn(page, control(page, 'send'));
    await expect(page.locator('.sim-complete')).toBeVisible();
    await expect(nextButton(page)).toBeEnabled();
    expect(refused.count).toBe(0);
  });

  test("a signed-in learner's draft comes back from the server on another device (ro)", async ({
    page,
    browser,
  }) => {
    test.slow();
    await aLearner(page, 'Ileana');
    await openLesson(page, POSTS, 'ro');
    await next(page);
    await pressOn(page, control(page, 'delete-p-away'));
    await pressOn(page, control(page, 'confirm-delete-p-away'));
    await expect(reachedInList(page)).toHaveCount(1);
    await tabTo(page, control(page, 'draft-text'));
    const stored = page.waitForResponse(
      (r) => r.url().endsWith('/progress') && (r.request().postData() ?? '').includes('Lalele din grădi'),
    );
    await page.keyboard.type('Lalele din grădi');
    expect(await (await stored).json()).toMatchObject({ results: [{ status: 'accepted' }], stored: true });

    // Another browser with the same session: nothing of this one's queue, only the server's state.
    const other = await browser.newContext({ storageState: await page.context().storageState() });
    const second = await other.newPage();
    await second.evaluate(() => indexedDB.deleteDatabase('punte-player')).catch(() => undefined);
    await openLesson(second, POSTS, 'ro');
    await expect(control(second, 'draft-text')).toHaveValue('Lalele din grădi');
    await expect(control(second, 'delete-p-away')).toHaveCount(0);
    await expect(reachedInList(second)).toHaveCount(1);
    await other.close();
  });

  test('waiting a minute brings the hint on the control to use; axe finds nothing (ru)', async ({ page }) => {
    await page.clock.install();
    await openLesson(page, CALL, 'ru');
    await next(page);
    await expect(showMe(page)).toBeVisible();
    await expect(page.getByTestId('sim-hint')).toHaveCount(0);
    await page.clock.fastForward(59_000);
    await expect(page.getByTestId('sim-hint')).toHaveCount(0);
    await page.clock.fastForward(2_000);
    await expect(page.getByTestId('sim-hint')).toBeVisible();
    await expect(page.locator('[data-sim-hint]')).toHaveAttribute('data-sim-target', 'answer');
    expect(await axeViolations(page)).toEqual([]);
    await pressOn(page, control(page, 'answer'));
    await expect(page.getByTestId('sim-hint')).toHaveCount(0);
  });
});
