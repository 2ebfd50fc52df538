import { expect, type Page } from '@playwright/test';

/** Shared steps of the player's browser tests (the sample course: video, reading, practice, quiz, summary). */
export const TOUR = '/courses/player-sampler/lessons/tour';
export const SECOND = '/courses/player-sampler/lessons/second';

export async function openLesson(page: Page, path: string, lang: string): Promise<void> {
  await page.goto(`${path}?lang=${lang}`);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
}

export const stepTitle = (page: Page) => page.locator('#step-title');

/** Plays the 4-second video to its end (muted, as a browser allows without a click). */
export async function watchVideo(page: Page): Promise<void> {
  // Once video.js has taken the element (vjs-tech): it moves the element into its frame, and a
  // media element moved in the page is paused, so a video started before would never end.
  const video = page.locator('video.vjs-tech').first();
  await expect(video).toBeAttached();
  await video.evaluate(async (v: HTMLVideoElement) => {
    v.muted = true;
    for (let attempt = 1; ; attempt++) {
      try {
        await v.play();
        break;
      } catch (error) {
        // video.js may still be setting the source: its new load interrupts play(). Play again
        // once the new source can play.
        if (attempt >= 5 || (error as DOMException).name !== 'AbortError') throw error;
        if (v.readyState < 3)
          await new Promise((resolve) => v.addEventListener('canplay', resolve, { once: true }));
      }
    }
    await new Promise<void>((resolve) => {
      if (v.ended) resolve();
      else v.addEventListener('ended', () => resolve(), { once: true });
    });
  });
}

export async function next(page: Page): Promise<void> {
  const button = page.locator('.step-nav .primary');
  await expect(button).toBeEnabled();
  await button.click();
}

/** Completes the sampler's practice step in its simulated mailbox, as a learner does: write, address, send. */
export async function doThePractice(page: Page): Promise<void> {
  const tool = (target: string) => page.locator(`[data-sim-target="${target}"]`);
  await tool('write').click();
  await tool('draft-to').fill('ana.rusu@example.org');
  await tool('draft-subject').fill('Hello');
  await tool('draft-body').fill('Hello, Ana!');
  await tool('send').click();
  await expect(page.locator('.step-nav .primary')).toBeEnabled({ timeout: 15_000 });
}

/** Through video, reading and practice to the quiz. */
export async function toTheQuiz(page: Page): Promise<void> {
  await watchVideo(page);
  await next(page);
  await expect(page.locator('.prose img, .prose + img').first()).toBeVisible();
  await next(page);
  await doThePractice(page);
  await next(page);
  await expect(page.locator('legend').first()).toBeVisible();
}

const checkButton = (page: Page) => page.locator('form.question button[type="submit"]');

export async function check(page: Page): Promise<void> {
  await checkButton(page).click();
}

/** Waits for the verdict, then goes to the next question (or the result). */
export async function nextQuestion(page: Page): Promise<void> {
  await page.locator('form.question .actions .primary').last().click();
}

/** Answers every question of the tour quiz rightly, from q-single on (English labels). */
export async function answerTourRightly(page: Page, from = 0): Promise<void> {
  const steps: (() => Promise<void>)[] = [
    () => page.getByLabel('ana@example.org').check(),
    async () => {
      await page.getByLabel('A subject').check();
      await page.getByLabel('An attached file').check();
    },
    () => page.getByLabel('True', { exact: true }).check(),
    () => page.getByLabel('Your answer').fill('@'),
    () => page.getByLabel('Your answer').fill('1'),
    async () => {
      for (const [item, position] of [
        ['I press “Compose”', 1],
        ['I type the address', 2],
      ] as const) {
        for (let guard = 0; guard < 3; guard++) {
          const items = await page.locator('.ordering .text').allTextContents();
          const at = items.indexOf(item) + 1;
          if (at === position) break;
          await page.getByRole('button', { name: `Move “${item}” ${at > position ? 'up' : 'down'}` }).click();
        }
      }
    },
    async () => {
      await page.getByLabel(/^To/).selectOption('address');
      await page.getByLabel(/^Subject/).selectOption('topic');
    },
    async () => {
      await page.getByLabel('ion@example.org').check();
      await page.getByLabel('maria@example.org').check();
    },
  ];
  for (const answer of steps.slice(from)) {
    await answer();
    await check(page);
    await expect(page.locator('.outcome')).toHaveText('Correct!');
    await nextQuestion(page);
  }
  await expect(page.locator('.result')).toContainText('You passed this quiz.');
}

/** The same right answers by option ids, whatever the language on screen. */
export async function answerTourInAnyLanguage(page: Page, from = 0): Promise<void> {
  const radio = (value: string) => page.locator(`form.question input[value="${value}"]`).check();
  const steps: (() => Promise<unknown>)[] = [
    () => radio('mail'),
    async () => {
      await radio('subject');
      await radio('attachment');
    },
    () => radio('true'),
    () => page.locator('form.question input[type="text"]').fill('@'),
    () => page.locator('form.question input[type="text"]').fill('1'),
    async () => {
      const want = ['compose', 'address', 'send'];
      for (let guard = 0; guard < 6; guard++) {
        const order = await page
          .locator('.ordering li')
          .evaluateAll((items) => items.map((li) => li.getAttribute('data-id')));
        const wrong = order.findIndex((id, i) => id !== want[i]);
        if (wrong < 0) break;
        const from = order.indexOf(want[wrong]!);
        await page.locator(`.ordering li[data-id="${want[wrong]}"] .moves button`).first().click();
        expect(from).toBeGreaterThan(wrong);
      }
    },
    async () => {
      await page.locator('#q-match-to').selectOption('address');
      await page.locator('#q-match-subject').selectOption('topic');
    },
    async () => {
      await radio('one');
      await radio('three');
    },
  ];
  for (const answer of steps.slice(from)) {
    await answer();
    await check(page);
    await expect(page.locator('.outcome.good')).toBeVisible();
    await nextQuestion(page);
  }
  await expect(page.locator('.result .verdict.passed')).toBeVisible();
}
