import { expect, test } from '@playwright/test';
import { aTrainer } from './support/auth';

test.describe('staff', () => {
  test('a trainer signs in with e-mail and password, and signs out', async ({ page }) => {
    const trainer = await aTrainer();
    await page.goto('/sign-in?lang=pl');
    await page.getByLabel('Adres e-mail').fill(trainer.email);
    await page.getByLabel('Hasło').fill('to nie jest hasło');
    await page.getByRole('button', { name: 'Zaloguj się' }).last().click();
    await expect(page.getByRole('alert')).toHaveText(/Dane logowania są nieprawidłowe/);

    await page.getByLabel('Hasło').fill(trainer.password);
    await page.getByRole('button', { name: 'Zaloguj się' }).last().click();
    await expect(page.getByText(`Zalogowano jako ${trainer.name}`)).toBeVisible();
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'punte_session')).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
    });

    await page
      .getByRole('navigation', { name: 'Twoje konto' })
      .getByRole('button', { name: 'Wyloguj się' })
      .click();
    await expect(page.getByText('Wylogowano.')).toBeVisible();
    expect((await page.context().cookies()).find((c) => c.name === 'punte_session')).toBeUndefined();
    await page.goBack();
    await expect(page.locator('body')).not.toContainText(`Zalogowano jako ${trainer.name}`);
  });

  test('the administrator sees people and the security log, a trainer does not', async ({ page }) => {
    const trainer = await aTrainer();
    await page.goto('/sign-in?lang=en');
    await page.getByLabel('E-mail address').fill(trainer.email);
    await page.getByLabel('Password').fill(trainer.password);
    await page.getByRole('button', { name: 'Sign in' }).last().click();
    await expect(page.getByText(`Signed in as ${trainer.name}`)).toBeVisible();
    await page.goto('/admin');
    await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText('Security log');
  });
});
