import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  // A page axe could not inspect would report no violations too.
  expect(result.passes.length).toBeGreaterThan(10);
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  for (const lang of ['ro', 'uk']) {
    test(`the course list in ${lang} has no violations`, async ({ page }) => {
      await page.goto(`/?lang=${lang}`);
      await expect(page.locator('.course-list article').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }

  test('a course page has no violations', async ({ page }) => {
    await page.goto('/courses/online-communication?lang=pl');
    await expect(page.locator('.module h3').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('the page still works with text at 200%', async ({ page }) => {
    await page.goto('/courses/online-communication?lang=en');
    const text = page.locator('main p').first();
    const size = () => text.evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
    const before = await size();
    // Doubles whatever the site's root size is, as a reader's browser setting would.
    await page.evaluate(() => {
      const root = document.documentElement;
      root.style.fontSize = `${parseFloat(getComputedStyle(root).fontSize) * 2}px`;
    });
    expect(await size()).toBeGreaterThanOrEqual(before * 1.9);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.locator('.module h3').first()).toBeVisible();
  });
});
