import { expect, test } from '@playwright/test';
import { joinAsLearner, signedInTrainer } from './trainer-steps';

const plan = (name: string) => ({
  name,
  language: 'ro',
  courseSlugs: ['player-sampler'],
  place: { library: 'Biblioteca Municipală', room: '', address: '' },
  capacity: 10,
  whatToBring: '',
  stuckAfterMinutes: 10,
  schedule: {
    weekdays: [2, 4],
    startTime: '10:00',
    endTime: '11:30',
    firstDate: '2026-11-03',
    lastDate: '2027-01-28',
    timeZone: 'Europe/Chisinau',
  },
});

test.describe('a trainer manages learners and groups', () => {
  test('moves a learner to another group, removes one, archives a group and brings it back', async ({
    page,
  }) => {
    const trainer = await signedInTrainer(page);
    const create = async (name: string) =>
      (
        await trainer.session.call<{ createPlannedGroup: { id: string; joinCode: string } }>(
          `mutation ($input: GroupPlanInput!) { createPlannedGroup(input: $input) { id joinCode } }`,
          { input: plan(name) },
        )
      ).createPlannedGroup;
    const morning = await create('Grupa de dimineață');
    const evening = await create('Grupa de seară');
    await joinAsLearner(morning.joinCode, 'Vasile', '1111');
    await joinAsLearner(morning.joinCode, 'Олена', '2222');

    await page.goto(`/trainer/groups/${morning.id}?lang=en`);
    const vasile = page.locator('article[data-member="Vasile"]');
    await vasile.locator('summary', { hasText: 'Move to group' }).click();
    await vasile.getByLabel(/Move to group/).selectOption({ label: 'Grupa de seară' });
    await vasile.getByRole('button', { name: 'Move', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText('Vasile is now in “Grupa de seară”.');
    await expect(page.locator('article[data-member="Vasile"]')).toHaveCount(0);

    const olena = page.locator('article[data-member="Олена"]');
    await olena.locator('summary', { hasText: 'Remove from the group' }).click();
    await olena.getByRole('button', { name: 'Yes, remove' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Олена is no longer in this group. Their progress is kept.',
    );
    await expect(page.getByText('Nobody has joined yet.')).toBeVisible();

    await page.goto(`/trainer/groups/${evening.id}?lang=en`);
    await expect(page.locator('article[data-member="Vasile"]')).toBeVisible();
    await page.locator('summary', { hasText: 'Archive this group' }).click();
    await page.getByRole('button', { name: 'Yes, archive the group' }).click();
    await expect(page.getByRole('status')).toHaveText('The group is archived.');
    await expect(page.getByText('This group is archived.')).toBeVisible();

    await page.goto('/trainer?lang=en');
    await expect(page.getByRole('link', { name: 'Grupa de seară' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Show archived groups too' }).click();
    await expect(page.getByRole('row', { name: /Grupa de seară/ })).toContainText('Archived');
    await page.getByRole('link', { name: 'Grupa de seară' }).click();
    await page.getByRole('button', { name: 'Bring the group back' }).click();
    await expect(page.getByRole('status')).toHaveText('The group is back among your current groups.');
  });

  test('changes the plan in the settings; bad input is named field by field', async ({ page }) => {
    const trainer = await signedInTrainer(page);
    const { createPlannedGroup } = await trainer.session.call<{ createPlannedGroup: { id: string } }>(
      `mutation ($input: GroupPlanInput!) { createPlannedGroup(input: $input) { id } }`,
      { input: plan('Grupa de marți') },
    );
    await page.goto(`/trainer/groups/${createPlannedGroup.id}/settings?lang=en`);
    await expect(page.getByLabel('Library', { exact: true })).toHaveValue('Biblioteca Municipală');
    await page.getByLabel('Number of places').fill('0');
    await page.getByLabel('Start time').fill('12:00');
    await page.getByLabel('End time').fill('11:00');
    await page.getByRole('button', { name: 'Save the group' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Number of places: Please enter a whole number from 1 to 50.');
    await expect(summary).toContainText('The end time must be later than the start time.');
    await expect(page.getByLabel('Number of places')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Number of places').fill('12');
    await page.getByLabel('End time').fill('13:30');
    await page.getByLabel('Room', { exact: true }).fill('Sala de lectură');
    await page.getByRole('button', { name: 'Save the group' }).click();
    await expect(page.getByRole('status')).toHaveText('The group is saved and its meetings are planned.');
    await expect(page.getByText('12:00–13:30')).toBeVisible();
    await expect(page.getByText('Biblioteca Municipală, Sala de lectură')).toBeVisible();
    await expect(page.getByRole('heading', { name: /Learners/ })).toContainText('0 of 12');
  });
});
