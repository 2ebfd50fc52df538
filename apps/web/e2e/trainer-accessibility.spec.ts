import { expect, test } from '@playwright/test';
import { violations } from './support/axe';
import { joinAsLearner, shoot, signedInTrainer } from './trainer-steps';

const PLAN = {
  name: 'Seniori online',
  language: 'ro',
  courseSlugs: ['player-sampler'],
  place: { library: 'Biblioteca Municipală', room: 'Sala 2', address: 'str. Pușkin 1' },
  capacity: 10,
  whatToBring: 'Ochelari de citit',
  stuckAfterMinutes: 10,
  schedule: {
    weekdays: [2, 4],
    startTime: '10:00',
    endTime: '11:30',
    firstDate: '2026-11-03',
    lastDate: '2027-01-28',
    timeZone: 'Europe/Chisinau',
  },
};

// Romanian and Ukrainian (Cyrillic) for every trainer page.
for (const lang of ['ro', 'uk']) {
  test(`every trainer page has no axe violations in ${lang}`, async ({ page }) => {
    test.setTimeout(120_000);
    const trainer = await signedInTrainer(page, lang);
    const { createPlannedGroup } = await trainer.session.call<{
      createPlannedGroup: { id: string; joinCode: string };
    }>(`mutation ($input: GroupPlanInput!) { createPlannedGroup(input: $input) { id joinCode } }`, {
      input: PLAN,
    });
    const learnerId = await joinAsLearner(createPlannedGroup.joinCode, 'Олена', '1357');
    await joinAsLearner(createPlannedGroup.joinCode, 'Ion', '2468');
    const group = `/trainer/groups/${createPlannedGroup.id}`;
    const pages = [
      ['groups', '/trainer'],
      ['group', group],
      ['live', `${group}/live`],
      ['attendance', `${group}/attendance?date=2026-11-05`],
      ['report', `${group}/report`],
      ['learner-report', `${group}/report/${learnerId}`],
      ['summary', `${group}/report/summary`],
      ['handout', `${group}/handout`],
      ['settings', `${group}/settings`],
    ];
    for (const [name, path] of pages) {
      await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
      await expect(page.locator('h1')).toBeVisible();
      // Closed disclosures hide their contents from axe: open them all, the data tables among them.
      for (const details of await page.locator('details').all())
        await details.evaluate((d) => d.setAttribute('open', ''));
      expect({ path, violations: await violations(page) }).toEqual({ path, violations: [] });
      await shoot(page, `a11y-${name}-${lang}`);
    }

    // Text enlarged past 200% on a narrow window: nothing runs off sideways (wide tables scroll in their own box).
    await page.setViewportSize({ width: 640, height: 900 });
    for (const [name, path] of pages) {
      await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
      await page.evaluate(() => (document.documentElement.style.fontSize = '225%'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
      await shoot(page, `zoom-${name}-${lang}`);
    }
  });
}
