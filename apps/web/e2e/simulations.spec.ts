import { expect, test } from '@playwright/test';
import {
  axeViolations,
  control,
  expectComplete,
  openTask,
  pressOn,
  reachedIds,
  tabTo,
  textAt200,
} from '../src/lib/simulations/testing/browser';

test.describe('e-mail simulation', () => {
  test('reply to Elena by keyboard alone, in Russian', async ({ page }) => {
    await openTask(page, 'email', 'reply-to-elena', 'ru');
    await expect(page.getByTestId('sim-guidance')).toHaveText('Нажмите «Входящие».');
    await pressOn(page, control(page, 'folder-inbox'));
    // Focus moves to what the action opened.
    await expect(page.locator('.sim-tool h3')).toBeFocused();
    await pressOn(page, control(page, 'row-from-elena'));
    await expect(page.getByRole('heading', { name: 'Как ты, мама?' })).toBeFocused();
    await pressOn(page, control(page, 'reply'));
    await expect(page.getByLabel('Текст письма')).toBeFocused();
    await page.keyboard.type('Да, зацвели! Целую, мама.');
    await pressOn(page, control(page, 'send'));
    await expectComplete(page);
    expect(await reachedIds(page)).toEqual(['open-inbox', 'open-elena', 'press-reply', 'write-text', 'send']);
    await expect(page.locator('.sim-tool [role="status"]')).toContainText('Письмо отправлено.');
  });

  test('create an address by keyboard alone, in Romanian, with a kind word for a short password', async ({
    page,
  }) => {
    await openTask(page, 'email', 'make-account', 'ro');
    await tabTo(page, control(page, 'signup-name'));
    await page.keyboard.type('maria.popescu');
    await page.keyboard.press('Tab');
    await page.keyboard.type('scurt');
    await pressOn(page, control(page, 'signup-submit'));
    await expect(page.getByRole('alert')).toContainText('Parola este prea scurtă');
    await expect(control(page, 'signup-password')).toBeFocused();
    await page.keyboard.type('-de-tot-lunga');
    await page.keyboard.press('Tab');
    await page.keyboard.type('scurt-de-tot-lunga');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Bună ziua, maria.popescu!' })).toBeFocused();
    await pressOn(page, control(page, 'folder-inbox'));
    await expectComplete(page);
    await pressOn(page, control(page, 'row-welcome'));
    await expect.poll(() => reachedIds(page)).toEqual(['created', 'open-inbox', 'read-welcome']);
  });

  test('a wrong letter gets a gentle word; two bring the hint on the right letter', async ({ page }) => {
    await openTask(page, 'email', 'report-the-scam', 'en');
    await pressOn(page, control(page, 'folder-inbox'));
    await pressOn(page, control(page, 'row-from-elena'));
    await expect(page.getByTestId('sim-note')).toHaveText(
      'That opens the letter from Elena Popescu. Which letter rushes you and wants your card code? Open it, but press nothing inside it.',
    );
    await expect(page.getByTestId('sim-hint')).toHaveCount(0);
    await pressOn(page, control(page, 'back'));
    await expect(control(page, 'row-from-elena')).toBeFocused();
    await pressOn(page, control(page, 'row-from-library'));
    await expect(page.getByTestId('sim-hint')).toBeVisible();
    // The hint leads back: first to the inbox, from where the letter is reached.
    await expect(page.locator('[data-sim-hint]')).toHaveAttribute('data-sim-target', 'folder-inbox');
    await pressOn(page, control(page, 'folder-inbox'));
    await expect(page.locator('[data-sim-hint]')).toHaveAttribute('data-sim-target', 'row-fake-bank');
  });

  test('the scam: real address shown, link target on focus, the link is a harmless trap, report and delete', async ({
    page,
  }) => {
    await openTask(page, 'email', 'report-the-scam', 'uk');
    await pressOn(page, control(page, 'folder-inbox'));
    await pressOn(page, control(page, 'row-fake-bank'));
    await expect(page.locator('.sim-tool')).toContainText('banca-sigura@premii-rapide.example.org');
    await tabTo(page, control(page, 'scam-link'));
    await expect(page.getByRole('tooltip')).toBeVisible();
    await expect(page.getByRole('tooltip')).toContainText('http://premii-rapide.example.org/');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /Стоп!/ })).toBeFocused();
    await expect(page.getByTestId('sim-note')).toContainText('підроблений сайт');
    expect(page.url()).toContain('/dev/simulations/email');
    await pressOn(page, control(page, 'link-back'));
    await pressOn(page, control(page, 'report'));
    await expect(page.locator('.sim-tool')).toContainText('Ознаки шахрайства в цьому листі');
    expect(await axeViolations(page)).toEqual([]);
    await pressOn(page, control(page, 'delete'));
    await expectComplete(page);
    await pressOn(page, control(page, 'undo'));
    await expect(control(page, 'row-fake-bank')).toBeVisible();
  });

  test('waiting brings the hint on the control to use', async ({ page }) => {
    await openTask(page, 'email', 'reply-to-elena', 'en', '&hintMs=1500');
    await expect(page.getByTestId('sim-hint')).toBeVisible({ timeout: 5000 });
    await expect(page.locator('[data-sim-hint]')).toHaveAttribute('data-sim-target', 'folder-inbox');
  });

  test('"show me" performs the next step, then hands back with focus in the tool', async ({ page }) => {
    await openTask(page, 'email', 'send-photo-to-ion', 'en');
    await pressOn(page, page.getByTestId('sim-show-me'));
    await expect(page.locator('.sim-showing')).toBeVisible();
    await expect(page.locator('.sim-turn')).toHaveText('Now it is your turn.', { timeout: 10_000 });
    expect(await reachedIds(page)).toEqual(['open-compose']);
    await expect(control(page, 'draft-to')).toBeFocused();
    await page.keyboard.type('ion.popescu@example.org');
    await page.keyboard.press('Tab');
    await expect.poll(() => reachedIds(page)).toEqual(['open-compose', 'recipient']);
  });

  test('a reload in the middle of a letter resumes it; the photo is attached from Pictures', async ({
    page,
  }) => {
    await openTask(page, 'email', 'send-photo-to-ion', 'pl');
    await pressOn(page, control(page, 'write'));
    await page.keyboard.type('ion.popescu@example');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('alert')).toContainText('W adresie czegoś brakuje');
    await tabTo(page, control(page, 'draft-to'));
    await page.keyboard.press('End');
    await page.keyboard.type('.org');
    await page.keyboard.press('Tab');
    await tabTo(page, control(page, 'draft-subject'));
    await page.keyboard.type('Zdjęcia z ogrodu');
    await page.keyboard.press('Tab');
    await expect.poll(() => reachedIds(page)).toEqual(['open-compose', 'recipient', 'subject']);
    await page.reload();
    await expect(control(page, 'draft-to')).toHaveValue('ion.popescu@example.org');
    await expect(control(page, 'draft-subject')).toHaveValue('Zdjęcia z ogrodu');
    await tabTo(page, control(page, 'draft-body'));
    await page.keyboard.type('Kochany, zobacz nasze wiśnie.');
    await pressOn(page, control(page, 'attach'));
    await expect(page.getByRole('heading', { name: 'Obrazy' })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    await pressOn(page, control(page, 'photo-gradina.jpg'));
    await expect(control(page, 'attach')).toBeFocused();
    await pressOn(page, control(page, 'send'));
    await expectComplete(page);
    expect(await reachedIds(page)).toEqual([
      'open-compose',
      'recipient',
      'subject',
      'body',
      'attach',
      'send',
    ]);
  });

  test('main states have no axe violations and fit at 200% text', async ({ page }) => {
    await openTask(page, 'email', 'reply-to-elena', 'en');
    expect(await axeViolations(page)).toEqual([]);
    await pressOn(page, control(page, 'folder-inbox'));
    expect(await axeViolations(page)).toEqual([]);
    await pressOn(page, control(page, 'row-from-elena'));
    expect(await axeViolations(page)).toEqual([]);
    await pressOn(page, control(page, 'reply'));
    expect(await axeViolations(page)).toEqual([]);
    expect(await textAt200(page)).toBeLessThanOrEqual(0);
    await expect(control(page, 'send')).toBeVisible();
  });
});
