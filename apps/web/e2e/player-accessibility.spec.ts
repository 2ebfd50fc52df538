import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  answerTourInAnyLanguage,
  doThePractice,
  next,
  openLesson,
  SECOND,
  stepTitle,
  TOUR,
  watchVideo,
} from './player-journey';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  // video.js's own controls are third-party markup; everything else on the page is checked.
  const result = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(result.passes.length).toBeGreaterThan(10);
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

async function noHorizontalScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.describe('the player’s accessibility (axe, WCAG 2.2 AA)', () => {
  for (const lang of ['ro', 'uk']) {
    test(`every step kind has no violations in ${lang}`, async ({ page }) => {
      test.setTimeout(90_000);
      await openLesson(page, TOUR, lang);
      const seen: Record<string, string[]> = {};
      seen.video = await violations(page);
      await watchVideo(page);
      await next(page);
      seen.reading = await violations(page);
      await next(page);
      await expect(page.getByTestId('sim-show-me')).toBeVisible();
      seen.practice = await violations(page);
      await doThePractice(page);
      await next(page);
      seen.quiz = await violations(page);
      // A wrong answer, its feedback and the hint on screen.
      await page.locator('form.question input[type="radio"]').first().check();
      await page.locator('form.question button[type="submit"]').click();
      await expect(page.locator('.outcome')).toBeVisible();
      seen.quizFeedback = await violations(page);
      await page.locator('form.question input[value="mail"]').check();
      await page.locator('form.question button[type="submit"]').click();
      await expect(page.locator('.outcome.good')).toBeVisible();
      await page.locator('form.question .actions .primary').last().click();
      await answerTourInAnyLanguage(page, 1);
      seen.quizResult = await violations(page);
      await next(page);
      seen.summary = await violations(page);
      expect(seen).toEqual({
        video: [],
        reading: [],
        practice: [],
        quiz: [],
        quizFeedback: [],
        quizResult: [],
        summary: [],
      });
    });
  }

  test('the summary, the end of a lesson and the dialogs have no violations (pl)', async ({ page }) => {
    await openLesson(page, SECOND, 'pl');
    await next(page);
    await page.locator('form.question input[value="false"]').check();
    await page.locator('form.question button[type="submit"]').click();
    await expect(page.locator('.outcome')).toBeVisible();
    await page.locator('form.question .actions .primary').last().click();
    await expect(page.locator('.result')).toBeVisible();
    const result = await violations(page);
    await next(page);
    await expect(stepTitle(page)).toHaveText('Brawo! Lekcja ukończona.');
    const done = await violations(page);
    await page.getByRole('button', { name: 'Pomoc' }).click();
    await expect(page.getByRole('dialog', { name: 'Jak korzystać z lekcji' })).toBeVisible();
    const help = await violations(page);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Ustawienia czytania' }).click();
    const settings = await violations(page);
    expect({ result, done, help, settings }).toEqual({ result: [], done: [], help: [], settings: [] });
  });

  test('is completed with the keyboard alone', async ({ page }) => {
    await openLesson(page, SECOND, 'en');
    await page.keyboard.press('Alt+n');
    await expect(stepTitle(page)).toHaveText('Check');
    await expect(stepTitle(page)).toBeFocused();
    // Tab to the radio group, choose "False" with the arrow keys, check with Enter.
    await page.keyboard.press('Tab');
    await expect(page.locator('form.question input[value="true"]')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('form.question input[value="false"]')).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(page.locator('.outcome')).toHaveText('Correct!');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Your result' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.result')).toContainText('You passed this quiz.');
    await page.keyboard.press('Alt+n');
    await expect(stepTitle(page)).toHaveText('Well done! You finished this lesson.');
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'How to use this lesson' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('keeps the reader settings across pages and shows 200% text without horizontal scrolling', async ({
    page,
  }) => {
    await openLesson(page, TOUR, 'en');
    await page.getByRole('button', { name: 'Reading settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reading settings' });
    await dialog.getByLabel('200%').check();
    await dialog.getByLabel('High contrast').check();
    await dialog.getByLabel('Wider line spacing').check();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.goto('/courses/player-sampler?lang=en');
    // Applied before the first paint: the attribute is there in the server's HTML response already parsed.
    await expect(page.locator('html')).toHaveAttribute('data-high-contrast', 'on');
    const rootSize = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.documentElement).fontSize),
    );
    expect(rootSize).toBeGreaterThanOrEqual(35);
    await openLesson(page, TOUR, 'en');
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
    await watchVideo(page);
    await next(page);
    await next(page);
    await doThePractice(page);
    await next(page);
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
    expect(await violations(page)).toEqual([]);
  });
});
