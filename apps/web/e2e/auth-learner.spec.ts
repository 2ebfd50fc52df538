import { expect, test } from '@playwright/test';
import { aGroupCode, tabTo } from './support/auth';

test.describe('a learner without e-mail', () => {
  test('joins a group and later signs in again with name and PIN, by keyboard alone', async ({ page }) => {
    const code = await aGroupCode();
    await page.goto(`/join/${code}?lang=ro`);
    await expect(page.getByRole('heading', { level: 1, name: 'Cine sunteți?' })).toBeVisible();

    await tabTo(page, /Sunt nou în această grupă/);
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Care este prenumele dumneavoastră?' }),
    ).toBeVisible();
    await tabTo(page, /Prenumele/);
    await page.keyboard.type('Zinaida');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Alegeți un PIN din 4 cifre' })).toBeVisible();
    await expect(page.locator('#pin')).toBeFocused();
    await page.keyboard.type('2468');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Scrieți încă o dată același PIN' }),
    ).toBeVisible();
    await page.keyboard.type('2468');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Sunteți în contul: Zinaida')).toBeVisible();

    await tabTo(page, /Ieșiți din cont/);
    await page.keyboard.press('Enter');
    await expect(page.getByText('Ați ieșit din cont.')).toBeVisible();

    await page.goto(`/join/${code}`);
    await tabTo(page, /^Zinaida$/);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Bună ziua, Zinaida!' })).toBeVisible();
    await expect(page.locator('#pin')).toBeFocused();
    await page.keyboard.type('1111');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toHaveText(/Datele de intrare nu sunt corecte/);
    await expect(page.locator('#pin')).toBeFocused();
    await page.keyboard.type('2468');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Sunteți în contul: Zinaida')).toBeVisible();
  });

  test('types the PIN with the on-screen digit buttons too', async ({ page }) => {
    const code = await aGroupCode();
    await page.goto(`/join/${code}/new?lang=en`);
    await expect(page.locator('form[data-stepped]')).toBeVisible();
    await page.getByLabel('First name').fill('Petro');
    await page.getByRole('button', { name: 'Next' }).click();
    for (const digit of ['1', '3', '5', '8'])
      await page
        .getByRole('button', { name: `Digit ${digit}` })
        .first()
        .click();
    await page.getByRole('button', { name: 'Erase the last digit' }).first().click();
    await page.getByRole('button', { name: 'Digit 7' }).first().click();
    await expect(page.locator('#pin')).toHaveValue('1357');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('#pinRepeat').fill('1357');
    await page.getByRole('button', { name: 'Join the group' }).click();
    await expect(page.getByText('Signed in as Petro')).toBeVisible();
  });

  test('leaves nothing private behind: after sign-out the back button shows no account', async ({ page }) => {
    const code = await aGroupCode();
    await page.goto(`/join/${code}/new?lang=en`);
    await expect(page.locator('form[data-stepped]')).toBeVisible();
    await page.getByLabel('First name').fill('Olena');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('#pin').fill('9753');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('#pinRepeat').fill('9753');
    await page.getByRole('button', { name: 'Join the group' }).click();
    await page.evaluate(() => localStorage.setItem('punte-test-progress', 'private'));
    await page.goto('/account');
    await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
    await expect(page.locator('main')).toContainText('Olena');

    await page.locator('main').getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(page.getByText('You are signed out.')).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('punte-test-progress'))).toBeNull();

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText('Olena');
  });
});
