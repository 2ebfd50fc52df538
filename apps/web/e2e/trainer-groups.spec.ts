import { expect, test } from '@playwright/test';
import { aGroupCode } from './support/auth';
import { violations } from './support/axe';
import { fillNewGroup, joinAsLearner, lockOut, pinWorks, shoot, signedInTrainer } from './trainer-steps';

test.describe('a trainer and their groups', () => {
  test('creates a group, sees its code, resets a learner’s PIN and unlocks another', async ({ page }) => {
    await signedInTrainer(page);
    await page.getByRole('link', { name: 'Trainer', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My groups' })).toBeVisible();
    await page.getByRole('link', { name: 'Create a new group' }).click();

    await fillNewGroup(page, 'Ajutor digital — marți');
    await page.getByRole('button', { name: 'Save the group' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ajutor digital — marți' })).toBeVisible();
    const code = (await page.getByTestId('join-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{6,}$/);
    await expect(page.getByRole('link', { name: new RegExp(`/join/${code}$`) })).toBeVisible();

    const zina = await joinAsLearner(code, 'Zinaida', '2468');
    const petro = await joinAsLearner(code, 'Петро', '1357');
    await lockOut(code, petro);
    expect(await pinWorks(code, petro, '1357')).toBe(false);

    await page.reload();
    const petroCard = page.locator('article[data-member="Петро"]');
    await expect(petroCard).toContainText('Locked until');
    await petroCard.getByRole('button', { name: /Unlock\W+Петро/ }).click();
    await expect(page.getByRole('status')).toHaveText('Петро can sign in again.');
    await expect(page.locator('article[data-member="Петро"]')).toContainText('Can sign in');
    expect(await pinWorks(code, petro, '1357')).toBe(true);

    const zinaCard = page.locator('article[data-member="Zinaida"]');
    await zinaCard.locator('summary', { hasText: 'Set a new PIN' }).click();
    await zinaCard.getByLabel('New PIN (4 digits)').fill('12a4');
    await zinaCard.getByRole('button', { name: 'Set a new PIN', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText('Zinaida: The PIN must be exactly 4 digits.');
    await zinaCard.locator('summary', { hasText: 'Set a new PIN' }).click();
    await zinaCard.getByLabel('New PIN (4 digits)').fill('9090');
    await zinaCard.getByRole('button', { name: 'Set a new PIN', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText('Zinaida has a new PIN and can sign in with it.');
    expect(await pinWorks(code, zina, '2468')).toBe(false);
    expect(await pinWorks(code, zina, '9090')).toBe(true);
  });

  test('regenerates the join code only after confirming; the old code stops working', async ({ page }) => {
    await signedInTrainer(page);
    await page.goto('/trainer/groups/new?lang=en');
    await fillNewGroup(page, 'Grupa de joi');
    await page.getByRole('button', { name: 'Save the group' }).click();
    const oldCode = (await page.getByTestId('join-code').textContent())!.trim();
    await page.locator('summary', { hasText: 'Make a new code' }).click();
    await page.getByRole('button', { name: 'Yes, make a new code' }).click();
    await expect(page.getByRole('status')).toHaveText('The group has a new join code.');
    const newCode = (await page.getByTestId('join-code').textContent())!.trim();
    expect(newCode).not.toBe(oldCode);
    await expect(joinAsLearner(oldCode, 'Vasile', '1111')).rejects.toThrow(/JOIN_CODE_UNKNOWN|code/);
    await joinAsLearner(newCode, 'Vasile', '1111');
  });

  test('is refused to a learner and to an anonymous visitor', async ({ page }) => {
    await page.goto('/trainer');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Ftrainer/);
    const code = await aGroupCode();
    await page.goto(`/join/${code}/new?lang=en`);
    await page.getByLabel('First name').fill('Galina');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('#pin').fill('8642');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('#pinRepeat').fill('8642');
    await page.getByRole('button', { name: 'Join the group' }).click();
    await expect(page.getByText('Signed in as Galina')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Trainer', exact: true })).toHaveCount(0);
    await page.goto('/trainer');
    await expect(page).toHaveURL(/\/account$/);
  });
});

for (const lang of ['ro', 'uk']) {
  test(`the groups pages have no axe violations in ${lang}`, async ({ page }) => {
    await signedInTrainer(page, lang);
    await page.goto(`/trainer?lang=${lang}`);
    expect(await violations(page)).toEqual([]);
    await shoot(page, `groups-empty-${lang}`);
    await page.goto(`/trainer/groups/new?lang=${lang}`);
    expect(await violations(page)).toEqual([]);
    await shoot(page, `new-group-${lang}`);
    await page.locator('input[name=capacity]').fill('500');
    await page.locator('form.plan button[type=submit]').click();
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await shoot(page, `new-group-refused-${lang}`);
    await page.locator('input[name=capacity]').fill('10');
    await fillNewGroup(page, lang === 'uk' ? 'Група вівторка' : 'Grupa de marți');
    await page.locator('form.plan button[type=submit]').click();
    await expect(page.getByTestId('join-code')).toBeVisible();
    await joinAsLearner((await page.getByTestId('join-code').textContent())!.trim(), 'Ліда', '4321');
    await page.reload();
    await page.locator('article[data-member="Ліда"] summary').first().click();
    expect(await violations(page)).toEqual([]);
    await shoot(page, `group-${lang}`);
    await page.goto(`/trainer?lang=${lang}`);
    expect(await violations(page)).toEqual([]);
    await shoot(page, `groups-${lang}`);
  });
}
