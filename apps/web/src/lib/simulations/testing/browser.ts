// Helpers for the simulations' browser tests (e2e/simulations*.spec.ts).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Opens a practice task of the preview page from a clean start (nothing saved in the browser). */
export async function openTask(
  page: Page,
  tool: string,
  step: string,
  lang: string,
  extra = '',
): Promise<void> {
  const url = `/dev/simulations/${tool}?step=${step}&lang=${lang}${extra}`;
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  await page.goto(url);
  await expect(page.getByTestId('sim-show-me')).toBeVisible();
}

/** Moves the keyboard focus with Tab (forwards) until `target` has it: what a keyboard user does. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

export async function pressOn(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** The tool's control that performs an action (`data-sim-target`). */
export function control(page: Page, target: string): Locator {
  return page.locator(`.sim-tool [data-sim-target="${target}"]`);
}

export async function reachedIds(page: Page): Promise<string[]> {
  const text = (await page.getByTestId('sim-reached').textContent()) ?? '';
  return text
    .replace(/^reached:\s*/, '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function expectComplete(page: Page): Promise<void> {
  await expect(page.locator('.sim-complete')).toBeVisible();
}

export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('.sim-host').withTags(WCAG_22_AA).analyze();
  expect(result.passes.length).toBeGreaterThan(5);
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** Doubles the root text size as a reader's browser setting would, and says whether the page scrolls sideways. */
export async function textAt200(page: Page): Promise<number> {
  await page.evaluate(() => {
    const root = document.documentElement;
    root.style.fontSize = `${parseFloat(getComputedStyle(root).fontSize) * 2}px`;
  });
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
