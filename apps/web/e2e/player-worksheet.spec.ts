import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { next, openLesson, stepTitle } from './player-journey';

const LESSON = '/courses/new-library-service/lessons/implementation-planning';

test('a worksheet keeps what the learner wrote, lets them go on once it is filled, and passes axe (ru)', async ({
  page,
}, info) => {
  test.setTimeout(60_000);
  await openLesson(page, LESSON, 'ru');
  for (let i = 0; i < 4; i++) await next(page);
  await expect(page.locator('.sheet')).toBeVisible();
  await expect(page.locator('.step-nav .primary')).toBeDisabled();
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );

  // Every required field filled: text fields with words, choices with their first option, dates with a day.
  const sheet = page.locator('.sheet');
  for (const field of await sheet.locator('input[type="text"], textarea').all())
    await field.fill('Клуб по интересам');
  for (const field of await sheet.locator('input[type="date"]').all()) await field.fill('2027-03-15');
  for (const group of await sheet.locator('fieldset').all())
    await group.locator('input[type="radio"]').first().check();
  await page.getByRole('button', { name: 'Сохранить ответы' }).click();
  await expect(page.getByText('Ваши ответы сохранены.')).toBeVisible();
  await expect(page.locator('.step-nav .primary')).toBeEnabled();
  await page.screenshot({ path: info.outputPath('worksheet.png'), fullPage: true });

  const title = await stepTitle(page).textContent();
  await page.reload();
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  await expect(stepTitle(page)).toHaveText(title ?? '');
  await expect(page.locator('.sheet input[type="text"], .sheet textarea').first()).toHaveValue(
    'Клуб по интересам',
  );
});
