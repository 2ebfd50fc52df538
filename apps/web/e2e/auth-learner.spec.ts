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

  test('locks after 5 wrong PINs, saying in Russian when to try again and that the trainer can help', async ({
    page,
  }) => {
    const code = await aGroupCode();
    await page.goto(`/join/${code}/new?lang=ru`);
    await expect(page.locator('form[data-stepped]')).toBeVisible();
    await page.locator('#firstName').fill('Вера');
    await page.locator('form button[type=submit]').click();
    await page.locator('#pin').fill('4826');
    await page.locator('form button[type=submit]').click();
    await page.locator('#pinRepeat').fill('4826');
    await page.locator('form button[type=submit]').click();
    await expect(page.getByText('Вы вошли как Вера')).toBeVisible();
    await page.goto('/account');
    await page.locator('main form[action="?/signOut"] button').click();
    await expect(page.getByText(/Вы вышли/)).toBeVisible();

    await page.goto(`/join/${code}?lang=ru`);
    await page.getByRole('link', { name: 'Вера', exact: true }).click();
    for (let i = 0; i < 5; i++) {
      await page.locator('#pin').fill('1111');
      await page.locator('#pin').press('Enter');
      await expect(page.getByRole('alert')).toBeVisible();
    }
    await expect(page.getByRole('alert')).toHaveText(/Подождите 15 мин.*преподавателя.*разблокировать/);
    // Even the right PIN waits: the lock is the API's, not the page's.
    await page.locator('#pin').fill('4826');
    await page.locator('#pin').press('Enter');
    await expect(page.getByRole('alert')).toHaveText(/Подождите 1[45] мин/);
  });

  test('presses the digit buttons by touch and by keyboard', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true });
    const page = await context.newPage();
    try {
      const code = await aGroupCode();
      await page.goto(`/join/${code}/new?lang=uk`);
      await expect(page.locator('form[data-stepped]')).toBeVisible();
      await page.locator('#firstName').fill('Оксана');
      await page.locator('form button[type=submit]').click();
      await expect(page.locator('#pin')).toBeFocused();
      for (const digit of ['2', '0', '2'])
        await page
          .getByRole('button', { name: `Цифра ${digit}` })
          .first()
          .tap();
      await expect(page.locator('#pin')).toHaveValue('202');
      // The last digit by keyboard: on the focused button, Space presses it, and so does Enter.
      await page.getByRole('button', { name: 'Цифра 6' }).first().focus();
      await page.keyboard.press('Space');
      await expect(page.locator('#pin')).toHaveValue('2026');
      await page.getByRole('button', { name: 'Цифра 6' }).first().press('Enter');
      await expect(page.locator('#pin')).toHaveValue('2026');
    } finally {
      await context.close();
    }
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
    // The lesson player keeps unsent progress in this IndexedDB database (lib/offline/event-store).
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('punte-player', 1);
          request.onupgradeneeded = () => request.result.createObjectStore('events').put('private', 'olena');
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
    );
    const databases = () => page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    expect(await databases()).toContain('punte-player');
    const account = await page.goto('/account');
    await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
    await expect(page.locator('main')).toContainText('Olena');
    // Neither the account page nor a course page seen while signed in may be kept by the browser.
    expect(account!.headers()['cache-control']).toBe('no-store');
    const course = await page.goto('/courses/online-communication');
    expect(course!.headers()['cache-control']).toBe('no-store');
    await page.goto('/account');

    await page.locator('main').getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(page.getByText('You are signed out.')).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('punte-test-progress'))).toBeNull();
    expect(await databases()).not.toContain('punte-player');

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText('Olena');
  });
});
