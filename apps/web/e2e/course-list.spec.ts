import { expect, test } from '@playwright/test';

test.describe('browsing the course catalogue', () => {
  test('lists courses and opens one with its modules and lessons', async ({ page }) => {
    await page.goto('/?lang=ro');
    await expect(page.getByRole('heading', { level: 1, name: 'Cursuri' })).toBeVisible();
    const cards = page.locator('.course-list article');
    await expect(cards.first()).toBeVisible();

    const firstLink = cards.first().getByRole('heading', { level: 2 }).getByRole('link');
    const title = (await firstLink.textContent())?.trim() ?? '';
    await firstLink.click();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Ce veți învăța' })).toBeVisible();
    await expect(page.locator('.module h3').first()).toBeVisible();
    await expect(page.locator('.lessons li').first()).toBeVisible();
  });

  test('shows each course cover, served through the site', async ({ page }) => {
    await page.goto('/?lang=en');
    const cover = page.locator('.course-list article img').first();
    await expect(cover).toBeVisible();
    await expect(cover).toHaveAttribute('src', /^\/media\//);
    await expect
      .poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
  });

  test('switches the interface to Ukrainian', async ({ page }) => {
    await page.goto('/?lang=ro');
    const languages = page.getByRole('navigation', { name: 'Alegeți limba' });
    await languages.getByRole('link', { name: 'Українська' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Курси' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await expect(
      page.getByRole('navigation', { name: 'Оберіть мову' }).getByRole('link', { name: 'Українська' }),
    ).toHaveAttribute('aria-current', 'true');

    // The choice is remembered by cookie on the next page without ?lang=.
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  });

  test('shows a localized 404 for a missing course', async ({ page }) => {
    const response = await page.goto('/courses/no-such-course?lang=pl');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Nie znaleziono kursu' })).toBeVisible();
  });

  test('the skip link is the first Tab stop and moves to the main content', async ({ page }) => {
    await page.goto('/?lang=en');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });
});
