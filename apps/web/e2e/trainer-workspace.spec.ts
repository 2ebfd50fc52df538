import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { check, doThePractice, next, openLesson, TOUR, watchVideo } from './player-journey';
import { learnerJoins, shoot, signedInTrainer } from './trainer-steps';

const READ_PDF = resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../api/src/common/pdf/read-pdf.testing.mjs',
);

/** The text of each page of a PDF and the QR codes in it, read as a phone would read them. */
function readPdf(bytes: Buffer): Promise<{ pages: string[]; qrCodes: string[] }> {
  return new Promise((done, fail) => {
    const child = execFile(process.execPath, [READ_PDF], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) =>
      error ? fail(error) : done(JSON.parse(stdout) as { pages: string[]; qrCodes: string[] }),
    );
    child.stdin?.end(bytes);
  });
}

/** Today in the library's zone, as the schedule's form wants it, and its ISO weekday. */
function libraryToday(offsetDays = 0): { date: string; weekday: number } {
  const at = new Date(Date.now() + offsetDays * 86_400_000);
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Chisinau' }).format(at);
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Chisinau', weekday: 'short' }).format(at);
  return { date, weekday: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(name) + 1 };
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

test('a trainer runs a group: schedule, handout, two learners live, stuck and helped, attendance, CSV', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await signedInTrainer(page);
  await page.goto('/trainer/groups/new?lang=en');
  const today = libraryToday();
  await page.getByLabel('Group name').fill('Seniori online joi');
  await page.getByLabel('Language of the group').selectOption('ro');
  await page.getByLabel('A sample lesson').check();
  await page.getByLabel('Library', { exact: true }).fill('Biblioteca „Onisifor Ghibu”');
  await page.getByLabel('Room', { exact: true }).fill('Sala 2');
  for (const [index, day] of WEEKDAYS.entries())
    await page.getByLabel(day, { exact: true }).setChecked(index + 1 === today.weekday);
  await page.getByLabel('Start time').fill('00:00');
  await page.getByLabel('End time').fill('23:59');
  await page.getByLabel('First meeting').fill(today.date);
  await page.getByLabel('Last meeting').fill(libraryToday(35).date);
  await page.getByRole('button', { name: 'Save the group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Seniori online joi' })).toBeVisible();
  const code = (await page.getByTestId('join-code').textContent())!.trim();
  const groupPath = new URL(page.url()).pathname;
  await shoot(page, 'workspace-group');

  // The handout PDF, downloaded by its link: the code in its text, the QR code opening the join page.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the join handout (PDF)' }).click();
  const pdf = await readPdf(
    Buffer.from(await (await (await download).createReadStream()).toArray().then((c) => Buffer.concat(c))),
  );
  // The code is printed letter-spaced, to be read from across a table.
  expect(pdf.pages.join('').replace(/\s+/g, '')).toContain(code);
  expect(pdf.pages.join('\n')).toContain('Seniori online joi');
  expect(pdf.qrCodes).toEqual([`${new URL(page.url()).origin}/join/${code}`]);

  const zina = await learnerJoins(browser, code, 'Zinaida', '2468');
  const olena = await learnerJoins(browser, code, 'Олена', '1357');

  // The learner cards: one per learner with their name; never the PIN.
  const cards = await readPdf(await (await page.request.get(`${groupPath}/cards.pdf`)).body());
  expect(cards.pages.join('\n')).toContain('Zinaida');
  expect(cards.pages.join('\n')).toContain('Олена');
  expect(cards.pages.join('\n')).not.toMatch(/2468|1357/);

  await page.goto(`${groupPath}/live?lang=en`);
  const card = (name: string) =>
    page.locator('article[data-learner]', { has: page.getByRole('heading', { name }) });
  await expect(card('Zinaida')).toContainText('Not started');
  await expect(card('Олена')).toContainText('Not started');
  // A marker on the window: it is still there at the end only if the page was never reloaded.
  await page.evaluate(() => ((window as unknown as { unreloaded: boolean }).unreloaded = true));

  await openLesson(zina, TOUR, 'en');
  await watchVideo(zina);
  await next(zina);
  await expect(card('Zinaida')).toContainText('Step 2 of 6', { timeout: 20_000 });
  await expect(card('Zinaida')).toContainText('Working');

  // Each step waits until the server has what the learner did, as a learner's pace would allow.
  const saved = () => expect(olena.locator('p.save[data-status="saved"]')).toBeVisible({ timeout: 15_000 });
  await openLesson(olena, TOUR, 'en');
  await watchVideo(olena);
  await next(olena);
  await expect(olena.getByText('Step 2 of 6')).toBeVisible();
  await saved();
  await next(olena);
  await expect(olena.getByText('Step 3 of 6')).toBeVisible();
  await doThePractice(olena);
  await saved();
  await next(olena);
  await expect(olena.getByText('Step 4 of 6')).toBeVisible();
  await saved();
  // This machine runs other people's builds too: the quiz may take a moment to open.
  await expect(olena.locator('form.question legend').first()).toBeVisible({ timeout: 15_000 });
  for (const wrong of ['web', 'phone', 'web']) {
    await olena.locator(`form.question input[value="${wrong}"]`).check();
    await check(olena);
    await expect(olena.locator('.outcome')).toHaveText('Not quite. Try again.');
    await saved();
  }
  await expect(card('Олена')).toContainText('Needs help', { timeout: 20_000 });
  await expect(card('Олена')).toContainText('three wrong answers in a row');
  await expect(page.locator('article[data-learner]').first()).toContainText('Олена');
  expect(await page.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded)).toBe(true);
  await shoot(page, 'workspace-live');

  await card('Олена')
    .getByRole('button', { name: /Helped/ })
    .click();
  await expect(page.getByRole('status')).toHaveText('Олена is marked as helped.');
  await expect(card('Олена')).not.toContainText('Needs help');

  // Attendance: both worked during today's meeting; the trainer corrects one and saves.
  await page.goto(`${groupPath}/attendance?lang=en`);
  const zinaRow = page.getByRole('group', { name: 'Zinaida' });
  await expect(zinaRow.getByLabel('Present')).toBeChecked();
  await expect(zinaRow).toContainText('from activity');
  await zinaRow.getByLabel('Absent').check();
  await page.getByRole('button', { name: 'Save attendance' }).click();
  await expect(page.getByRole('status')).toHaveText('Attendance saved.');
  await expect(page.getByRole('group', { name: 'Zinaida' }).getByLabel('Absent')).toBeChecked();
  await expect(page.getByRole('group', { name: 'Zinaida' })).toContainText('set by the trainer');
  await expect(page.getByRole('group', { name: 'Олена' }).getByLabel('Present')).toBeChecked();
  await shoot(page, 'workspace-attendance');

  // The CSV in Ukrainian: a byte-order mark, one row per learner and lesson, Cyrillic intact.
  const csv = await page.request.get(`${groupPath}/report.csv?lang=uk`);
  expect(csv.headers()['content-type']).toMatch(/text\/csv/);
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  // Parsed as a spreadsheet would: the byte-order mark kept out, ";" between fields as Excel expects here.
  const rows = parse(bytes.subarray(3).toString('utf8'), { delimiter: ';' }) as string[][];
  const [header, ...body] = rows;
  expect(header!.join(' ')).toMatch(/[а-яіїєґ]/i);
  expect(body).toHaveLength(4);
  expect(body.filter((r) => r.includes('Олена'))).toHaveLength(2);
  expect(body.filter((r) => r.includes('Zinaida'))).toHaveLength(2);
  expect(body.flat()).toContain('Пробний урок');

  await page.goto(`${groupPath}/report?lang=en`);
  await expect(page.getByText('Completion per lesson').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Олена' })).toBeVisible();
  await shoot(page, 'workspace-report');
  await zina.context().close();
  await olena.context().close();
});
