import { expect, test } from '@playwright/test';
import { ADMIN } from './support/auth';
import { violations } from './support/axe';

// Runs first (file order) on the fresh database of the run; other specs create the same
// administrator through the API when they run alone.
test('the first run offers to create the administrator, then the page is gone', async ({ page, request }) => {
  await page.goto('/?lang=en');
  const offer = page.getByRole('link', { name: 'Create the administrator' });
  if (await offer.isVisible()) {
    for (const lang of ['ro', 'uk']) {
      await page.goto(`/setup?lang=${lang}`);
      expect(await violations(page)).toEqual([]);
    }
    await page.goto('/?lang=en');
    await offer.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Create the administrator' })).toBeVisible();
    await page.getByLabel('Your name').fill(ADMIN.name);
    await page.getByLabel('E-mail address').fill(ADMIN.email);
    await page.getByLabel('Password').fill('password12');
    await page.getByRole('button', { name: 'Create the administrator' }).click();
    await expect(page.getByRole('alert')).toContainText('too easy to guess');
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create the administrator' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: ADMIN.name })).toBeVisible();
  }
  expect((await request.get('/setup')).status()).toBe(404);
});
