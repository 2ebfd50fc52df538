import { expect, test, type Page } from '@playwright/test';
import { violations } from './support/axe';
import { joinAsLearner, shoot, signedInTrainer } from './trainer-steps';

const PLAN = {
  name: 'Цифрова допомога — вівторок',
  language: 'uk',
  courseSlugs: ['player-sampler'],
  place: { library: 'Бібліотека імені Лесі Українки', room: 'Зал 3', address: 'вул. Шевченка 5' },
  capacity: 10,
  whatToBring: 'Окуляри',
  stuckAfterMinutes: 10,
  schedule: {
    weekdays: [2, 4],
    startTime: '10:00',
    endTime: '11:30',
    firstDate: '2026-11-03',
    lastDate: '2027-01-28',
    timeZone: 'Europe/Kyiv',
  },
};

async function noViolations(page: Page, name: string) {
  expect({ name, violations: await violations(page) }).toEqual({ name, violations: [] });
  await shoot(page, name);
}

test('a trainer adds a co-trainer, who sees the group and its live view but cannot manage it', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const coContext = await browser.newContext();
  const coPage = await coContext.newPage();
  const co = await signedInTrainer(coPage, 'ru');
  const trainer = await signedInTrainer(page, 'ru');
  const { createPlannedGroup: group } = await trainer.session.call<{
    createPlannedGroup: { id: string; joinCode: string };
  }>(`mutation ($input: GroupPlanInput!) { createPlannedGroup(input: $input) { id joinCode } }`, {
    input: PLAN,
  });
  await joinAsLearner(group.joinCode, 'Олена', '1357');
  const groupPath = `/trainer/groups/${group.id}`;

  // An address that is no trainer here is refused by name, in the trainer's language (Russian).
  await page.goto(`${groupPath}/settings?lang=ru`);
  await page.getByLabel('Почта помощника 1').fill('nobody@example.md');
  await page.getByRole('button', { name: 'Добавить ещё одного помощника' }).click();
  await expect(page.getByLabel('Почта помощника 2')).toBeFocused();
  await page.getByLabel('Почта помощника 2').fill(co.email);
  await page.locator('form.plan button[type=submit]').click();
  await expect(page.getByRole('alert')).toContainText(
    'nobody@example.md — это не учётная запись тренера на этом сайте.',
  );
  await expect(page.getByLabel('Почта помощника 1')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Почта помощника 2')).toHaveValue(co.email);
  await expect(page.getByLabel('Почта помощника 2')).not.toHaveAttribute('aria-invalid', 'true');
  await noViolations(page, 'co-trainers-refused-ru');

  // Removing the wrong line keeps the right one; saved, the group page lists the co-trainer.
  await page.getByRole('button', { name: 'Убрать nobody@example.md' }).click();
  await expect(page.getByLabel('Почта помощника 1')).toHaveValue(co.email);
  await page.locator('form.plan button[type=submit]').click();
  await expect(page.getByRole('heading', { level: 1, name: PLAN.name })).toBeVisible();
  await expect(page.getByTestId('co-trainers')).toContainText(co.email);
  // The trainer has the managing controls the co-trainer must not get.
  await expect(page.locator('form[action="?/regenerate"]')).toHaveCount(1);
  await expect(page.locator(`nav a[href="${groupPath}/settings"]`)).toHaveCount(1);
  await noViolations(page, 'co-trainers-group-ru');
  await page.goto(`${groupPath}/settings?lang=ru`);
  await expect(page.getByLabel('Почта помощника 1')).toHaveValue(co.email);

  // The co-trainer (Ukrainian) finds the group in their list and opens it.
  await coPage.goto('/trainer?lang=uk');
  await coPage.getByRole('link', { name: PLAN.name }).click();
  await expect(coPage.getByRole('heading', { level: 1, name: PLAN.name })).toBeVisible();
  await expect(coPage.getByText('Ви допомагаєте в цій групі.')).toBeVisible();
  await expect(coPage.getByTestId('join-code')).toHaveText(group.joinCode);
  await expect(coPage.locator('form[action="?/regenerate"]')).toHaveCount(0);
  await expect(coPage.locator('form[action="?/archive"]')).toHaveCount(0);
  await expect(coPage.locator(`a[href="${groupPath}/settings"]`)).toHaveCount(0);
  // The settings' address typed in: back to the group page, which says who changes them.
  await coPage.goto(`${groupPath}/settings?lang=uk`);
  await expect(coPage).toHaveURL(new RegExp(`${groupPath}$`));
  await expect(coPage.getByText('Ви допомагаєте в цій групі.')).toBeVisible();
  await expect(coPage.locator('article[data-member="Олена"]')).toBeVisible();
  await noViolations(coPage, 'co-trainer-group-uk');

  await coPage.getByRole('link', { name: 'У реальному часі' }).first().click();
  await expect(coPage).toHaveURL(new RegExp(`${groupPath}/live`));
  await expect(coPage.getByText('Олена')).toBeVisible();
  await noViolations(coPage, 'co-trainer-live-uk');
  await coContext.close();
});
