import { expect, test } from '@playwright/test';
import { aTrainer, signInAsAdmin } from './support/auth';

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

  test('the administrator invites a trainer, gives a role, makes a reset link and deactivates them', async ({
    page,
    browser,
  }) => {
    await signInAsAdmin(page);
    await page.goto('/admin?lang=en');
    const email = `people-${Date.now().toString(36)}@example.org`;
    await page.locator('#invite-email').fill(email);
    await page.getByRole('button', { name: 'Make an invitation link' }).click();
    await expect(page.getByRole('status')).toContainText('It works once, for 24 hours.');
    const invitation = (await page.locator('.issued-link').textContent())!.trim();
    expect(invitation).toMatch(/\/sign-in\/invitation\/[\w-]{43}$/);

    // The invited person, on their own computer.
    const theirs = await browser.newContext();
    const invited = await theirs.newPage();
    try {
      await invited.goto(`${new URL(invitation).pathname}?lang=en`);
      await invited.getByLabel('Your name').fill('Irina Invitată');
      await invited.getByLabel('Password').fill('Cartea de la raftul trei');
      await invited.getByRole('button', { name: 'Create my account' }).click();
      await expect(invited.getByText('Signed in as Irina Invitată')).toBeVisible();

      await page.goto('/admin?lang=en');
      const row = page
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Irina Invitată' }) });
      await expect(row).toContainText(email);
      await row.getByRole('checkbox', { name: 'Administrator' }).check();
      await row.getByRole('button', { name: /Save roles/ }).click();
      await expect(page.getByRole('status')).toHaveText('Saved.');
      await expect(row.getByRole('checkbox', { name: 'Administrator' })).toBeChecked();

      await row.getByRole('button', { name: /Password reset link/ }).click();
      await expect(page.locator('.issued-link')).toHaveText(/\/sign-in\/reset\/[\w-]{43}$/);

      await row.getByRole('button', { name: /Deactivate/ }).click();
      await expect(row).toContainText('Deactivated');
      // Deactivation ends their session at once.
      await invited.goto('/account?lang=en');
      await expect(invited.locator('body')).not.toContainText('Irina Invitată');
    } finally {
      await theirs.close();
    }
  });

  test('the administrator switches sign-up off and on: the sign-up page says so, in Polish', async ({
    page,
    browser,
  }) => {
    await signInAsAdmin(page);
    await page.goto('/admin?lang=en');
    const open = page.getByRole('checkbox', { name: 'Anyone may create their own learner account' });
    await open.uncheck();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText('Saved.');
    const visitor = await browser.newContext();
    try {
      const other = await visitor.newPage();
      await other.goto('/sign-in/new?lang=pl');
      await expect(other.getByRole('alert')).toHaveText(/Biblioteka nie pozwala tu zakładać kont/);
      await expect(other.locator('input[type=password]')).toHaveCount(0);
      await other.goto('/sign-in?lang=pl');
      await expect(other.locator('a[href="/sign-in/new"]')).toHaveCount(0);
    } finally {
      await page.goto('/admin?lang=en');
      await open.check();
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page.getByRole('status')).toHaveText('Saved.');
      await visitor.close();
    }
    await page.goto('/sign-in/new?lang=en');
    await expect(page.locator('#password')).toBeVisible();
  });

  test('keeps staff signed in for 12 hours, or 30 days when they tick the box', async ({ browser }) => {
    const trainer = await aTrainer();
    for (const [keep, hours] of [
      [false, 12],
      [true, 30 * 24],
    ] as const) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto('/sign-in?lang=en');
        await page.getByLabel('E-mail address').fill(trainer.email);
        await page.getByLabel('Password').fill(trainer.password);
        if (keep) await page.getByLabel('Keep me signed in for 30 days').check();
        await page.getByRole('button', { name: 'Sign in' }).last().click();
        await expect(page.getByText(`Signed in as ${trainer.name}`)).toBeVisible();
        const cookie = (await context.cookies()).find((c) => c.name === 'punte_session')!;
        const lifetimeHours = (cookie.expires * 1000 - Date.now()) / 3_600_000;
        expect(lifetimeHours).toBeGreaterThan(hours - 0.1);
        expect(lifetimeHours).toBeLessThanOrEqual(hours + 0.01);
      } finally {
        await context.close();
      }
    }
  });
});
