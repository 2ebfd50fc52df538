import { expect, test } from '@playwright/test';
import { joinAsLearner, shoot, signedInTrainer } from './trainer-steps';

const NAMES = ['Ana', 'Ion', 'Maria', 'Vasile', 'Олена', 'Петро', 'Zofia', 'Jan', 'Галина', 'Tudor'];

test('a trainer takes attendance for 10 learners in under a minute: one press per learner and one to save', async ({
  page,
}) => {
  const trainer = await signedInTrainer(page);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Chisinau' }).format(new Date());
  const weekday =
    ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(
      new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Chisinau', weekday: 'short' }).format(new Date()),
    ) + 1;
  const { createPlannedGroup } = await trainer.session.call<{
    createPlannedGroup: { id: string; joinCode: string };
  }>(`mutation ($input: GroupPlanInput!) { createPlannedGroup(input: $input) { id joinCode } }`, {
    input: {
      name: 'Grupa de azi',
      language: 'ro',
      courseSlugs: ['player-sampler'],
      place: { library: 'Biblioteca Municipală', room: '', address: '' },
      capacity: 10,
      whatToBring: '',
      stuckAfterMinutes: 10,
      schedule: {
        weekdays: [weekday],
        startTime: '00:00',
        endTime: '23:59',
        firstDate: today,
        lastDate: today,
        timeZone: 'Europe/Chisinau',
      },
    },
  });
  for (const [i, name] of NAMES.entries())
    await joinAsLearner(createPlannedGroup.joinCode, name, String(1000 + i));

  await page.goto(`/trainer/groups/${createPlannedGroup.id}/attendance?lang=en`);
  const started = Date.now();
  // Nobody has worked yet: the trainer marks seven present and three absent, then saves once.
  for (const [i, name] of NAMES.entries())
    await page
      .getByRole('group', { name, exact: true })
      .getByLabel(i % 4 === 3 ? 'Absent' : 'Present')
      .check();
  await page.getByRole('button', { name: 'Save attendance' }).click();
  await expect(page.getByRole('status')).toHaveText('Attendance saved.');
  const seconds = (Date.now() - started) / 1000;
  console.log(`attendance for 10 learners taken and saved in ${seconds.toFixed(1)} s of page work`);
  expect(seconds).toBeLessThan(60);
  for (const [i, name] of NAMES.entries()) {
    const row = page.getByRole('group', { name, exact: true });
    await expect(row.getByLabel(i % 4 === 3 ? 'Absent' : 'Present')).toBeChecked();
    await expect(row).toContainText('set by the trainer');
  }
  await shoot(page, 'attendance-ten');

  // "Everyone present" in one press, for the usual full room.
  await page.getByRole('button', { name: 'Mark everyone present' }).click();
  await expect(page.getByRole('status')).toHaveText('Attendance saved.');
  for (const name of NAMES)
    await expect(page.getByRole('group', { name, exact: true }).getByLabel('Present')).toBeChecked();
});
