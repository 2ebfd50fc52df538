import { expect, test, type Page } from '@playwright/test';
import { aGroupCode, anInvitationToken, signInAsAdmin } from './support/auth';
import { violations } from './support/axe';

async function joinedLearner(page: Page, code: string): Promise<void> {
  await page.goto(`/join/${code}/new?lang=en`);
  await expect(page.locator('form[data-stepped]')).toBeVisible();
  await page.getByLabel('First name').fill('Galina');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#pin').fill('8642');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('#pinRepeat').fill('8642');
  await page.getByRole('button', { name: 'Join the group' }).click();
  await expect(page.getByText('Signed in as Galina')).toBeVisible();
}

// Romanian and Ukrainian (Cyrillic) for every page this feature adds.
for (const lang of ['ro', 'uk']) {
  test.describe(`accessibility of sign-in pages in ${lang} (axe, WCAG 2.2 AA)`, () => {
    test('staff sign-in, sign-up, code, reset and invitation pages', async ({ page }) => {
      const invitation = `/sign-in/invitation/${await anInvitationToken()}`;
      const pages = [
        '/sign-in',
        '/sign-in/new',
        '/join',
        '/sign-in/reset/x',
        '/sign-in/invitation/x',
        invitation,
      ];
      for (const path of pages) {
        await page.goto(`${path}?lang=${lang}`);
        await expect(page.locator('h1')).toBeVisible();
        expect({ path, violations: await violations(page) }).toEqual({ path, violations: [] });
      }
      await page.goto(`/sign-in?lang=${lang}`);
      await page.locator('#email').fill('nobody@example.org');
      await page.locator('#password').fill('wrong password');
      await page.locator('main form button[type=submit]').click();
      await expect(page.getByRole('alert')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test('group roster, joining steps and PIN sign-in', async ({ page }) => {
      const code = await aGroupCode();
      await page.goto(`/join/${code}/new?lang=${lang}`);
      await expect(page.locator('form[data-stepped]')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.locator('#firstName').fill('Galina');
      await page.locator('form button[type=submit]').click();
      await expect(page.locator('#pin')).toBeFocused();
      expect(await violations(page)).toEqual([]);
      await joinedLearner(page, code);
      await page.goto(`/account?lang=${lang}`);
      expect(await violations(page)).toEqual([]);
      await page.locator('main form[action="?/signOut"] button').click();
      await page.goto(`/join/${code}?lang=${lang}`);
      await expect(page.locator('.name')).toHaveCount(1);
      expect(await violations(page)).toEqual([]);
      await page.locator('.name').click();
      await expect(page.locator('#pin')).toBeFocused();
      expect(await violations(page)).toEqual([]);
    });

    test('account, people and security log of an administrator', async ({ page }) => {
      await signInAsAdmin(page);
      for (const path of ['/account', '/admin', '/admin/audit']) {
        await page.goto(`${path}?lang=${lang}`);
        await expect(page.locator('h1')).toBeVisible();
        expect({ path, violations: await violations(page) }).toEqual({ path, violations: [] });
      }
    });
  });
}
