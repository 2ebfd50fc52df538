import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { PDFParse } from 'pdf-parse';
import { aTrainer } from './support/auth';
import { violations } from './support/axe';
import { next, openLesson } from './player-journey';

const API = process.env.E2E_API_URL ?? 'http://127.0.0.1:4100/graphql';
const WEB = process.env.E2E_WEB_ORIGIN ?? 'http://127.0.0.1:3100';
const COURSE = 'new-library-service';
const LESSON = `/courses/${COURSE}/lessons/learning-community`;
const PLAN = `/courses/${COURSE}/plan/service-plan`;

async function gql<T>(query: string, variables: Record<string, unknown>, cookie?: string) {
  const response = await fetch(API, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`API: ${JSON.stringify(body.errors)}`);
  return { data: body.data, cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '' };
}

/** A trainer's group and a learner who joined it (over the API); the learner's session cookie. */
async function aGroupLearner() {
  const trainer = await aTrainer();
  const { createGroup } = await trainer.session.call<{ createGroup: { id: string; joinCode: string } }>(
    `mutation ($input: NewGroupInput!) { createGroup(input: $input) { id joinCode } }`,
    { input: { name: `Grupa planurilor ${Date.now().toString(36)}`, capacity: 10 } },
  );
  const joined = await gql<{ joinGroup: { id: string } }>(
    `mutation ($input: JoinGroupInput!) { joinGroup(input: $input) { id } }`,
    { input: { code: createGroup.joinCode, firstName: 'Оксана', pin: '2580', pinRepeat: '2580' } },
  );
  return { trainer, groupId: createGroup.id, learnerId: joined.data.joinGroup.id, cookie: joined.cookie };
}

async function signInAs(page: Page, cookie: string): Promise<void> {
  const [name, value] = cookie.split('=');
  await page.context().clearCookies();
  await page.context().addCookies([{ name, value, url: WEB }]);
}

async function pdfText(page: Page, label: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: label }).click(),
  ]);
  const parser = new PDFParse({ data: new Uint8Array(await readFile(await download.path())) });
  try {
    return { name: download.suggestedFilename(), text: (await parser.getText()).text.replace(/\s+/g, ' ') };
  } finally {
    await parser.destroy();
  }
}

/** Types into each text field of the sheet from the keyboard: focus it, type, as a reader does. */
async function typeInto(page: Page, scope: string, texts: string[]): Promise<void> {
  const locator = page.locator(`${scope} input[type="text"], ${scope} textarea`);
  // all() does not wait: the sheet renders after the step change, and an empty list types nothing.
  await locator.first().waitFor();
  const fields = await locator.all();
  for (const [index, field] of fields.entries()) {
    await field.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(texts[index % texts.length]);
  }
}

const WRITTEN = [
  'Библиотека в Бельцах «Мост»',
  'Я и Тарас Ильич',
  'Жители узнают, как подать заявление онлайн.',
];

test.describe('the assembled plan', () => {
  test.setTimeout(120_000);

  test('assembles what the learner typed, keeps an edit, prints, and downloads a PDF with the Cyrillic intact', async ({
    page,
  }, info) => {
    const { cookie, learnerId, trainer, groupId } = await aGroupLearner();
    await signInAs(page, cookie);

    // The lesson's worksheet, filled from the keyboard and saved with the Enter key.
    await openLesson(page, LESSON, 'ru');
    for (let i = 0; i < 3; i++) await next(page);
    await expect(page.locator('.sheet')).toBeVisible();
    await typeInto(page, '.sheet', WRITTEN);
    await page.getByRole('button', { name: 'Сохранить ответы' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Ваши ответы сохранены.')).toBeVisible();
    // The player sends it on its own; the plan is made from what the server holds.
    await expect
      .poll(async () => {
        const { data } = await gql<{ myPlan: { filledFields: number } }>(
          `query { myPlan(courseSlug: "${COURSE}", documentId: "service-plan", locale: ru) { filledFields } }`,
          {},
          cookie,
        );
        return data.myPlan.filledFields;
      })
      .toBeGreaterThan(2);

    // The plan: the same words, in Russian, the first part editable.
    await page.goto(`${PLAN}?lang=ru`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('План моей новой библиотечной услуги');
    const first = page.locator('section.part').first();
    await expect(first.locator('input[type="text"]').first()).toHaveValue(WRITTEN[0]);
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: info.outputPath('plan-ru.png'), fullPage: true });

    // An edit from the plan, by keyboard: it goes through the lesson's queue and survives a reload.
    await first.locator('input[type="text"]').nth(1).focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Я, Тарас Ильич и Мария Петровна');
    await first.getByRole('button', { name: 'Сохранить эту часть' }).focus();
    await page.keyboard.press('Enter');
    await expect(first.getByRole('status')).toHaveText('Сохранено');
    await page.reload();
    await expect(page.locator('section.part').first().locator('input[type="text"]').nth(1)).toHaveValue(
      'Я, Тарас Ильич и Мария Петровна',
    );

    // Offline: the edit waits in this browser's queue, says so, and is sent when the connection is back.
    const part = page.locator('section.part').first();
    await page.context().setOffline(true);
    await part.locator('textarea').first().focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Жители Бельц узнают, как подать заявление онлайн.');
    await part.getByRole('button', { name: 'Сохранить эту часть' }).focus();
    await page.keyboard.press('Enter');
    await expect(part.getByRole('status')).toContainText('Нет связи');
    await page.context().setOffline(false);
    await expect(part.getByRole('status')).toHaveText('Сохранено');

    // Printing gives the plan alone, with what was written, not the form.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('section.part').first().locator('input').first()).toBeHidden();
    await expect(page.locator('section.part').first().getByText(WRITTEN[0]).first()).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    const pdf = await pdfText(page, 'Скачать PDF');
    expect(pdf.name).toBe('service-plan.ru.pdf');
    expect(pdf.text).toContain('План моей новой библиотечной услуги');
    expect(pdf.text).toContain(WRITTEN[0]);
    expect(pdf.text).toContain('Я, Тарас Ильич и Мария Петровна');
    expect(pdf.text).toContain('Жители Бельц узнают, как подать заявление онлайн.');
    expect(pdf.text).toContain('ещё не заполнено');

    // The group's trainer sees in Oksana's report that she has a plan, and opens it read-only from there.
    const trainerCookie = trainer.session.cookie!;
    await signInAs(page, trainerCookie);
    await page.goto(`/trainer/groups/${groupId}/report/${learnerId}?lang=uk`);
    await expect(page.getByRole('heading', { name: 'Плани' })).toBeVisible();
    const planLink = page.getByRole('link', { name: 'План моєї нової бібліотечної послуги: Оксана' });
    await expect(planLink).toHaveAttribute(
      'href',
      `/trainer/learners/${learnerId}/plans/service-plan?course=${COURSE}`,
    );
    expect(await violations(page)).toEqual([]);
    await planLink.click();
    await expect(page).toHaveURL(new RegExp(`/trainer/learners/${learnerId}/plans/service-plan`));
    await expect(page.getByText('План: Оксана')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('План моєї нової бібліотечної послуги');
    await expect(page.getByText(WRITTEN[0]).first()).toBeVisible();
    await expect(page.locator('section.part input, section.part textarea')).toHaveCount(0);
    await expect(page.getByText('Цю частину ви напишете')).toHaveCount(0);
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: info.outputPath('trainer-plan-uk.png'), fullPage: true });
    const trainerPdf = await pdfText(page, 'Завантажити PDF');
    expect(trainerPdf.text).toContain(WRITTEN[0]);
  });

  test("a finished lesson's sheet is edited from the plan, reached from the worksheet and the course page; the PDF has the edit", async ({
    page,
  }, info) => {
    const { cookie } = await aGroupLearner();
    await signInAs(page, cookie);
    await openLesson(page, LESSON, 'ru');
    for (let i = 0; i < 3; i++) await next(page);
    await typeInto(page, '.sheet', WRITTEN);
    await page.getByRole('button', { name: 'Сохранить ответы' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Ваши ответы сохранены.')).toBeVisible();
    // From the sheet, the whole plan is one link away.
    await page.getByRole('link', { name: 'Посмотреть весь план' }).click();
    await expect(page).toHaveURL(new RegExp(`${PLAN}$`));
    await expect(page.locator('section.part').first().locator('input[type="text"]').first()).toHaveValue(
      WRITTEN[0],
    );

    // The rest of the lesson over the API, as the player would send it: the lesson is finished.
    let n = 0;
    const event = (type: string, fields: Record<string, unknown> = {}) => ({
      id: `finish-${Date.now().toString(36)}-${n++}`,
      at: Date.now() + n,
      type,
      ...fields,
    });
    const answer = (questionId: string, value: Record<string, unknown>) =>
      event('answer.submit', { questionId, answer: value });
    const { data } = await gql<{ recordProgress: { lesson: { status: string } } }>(
      `mutation ($input: RecordProgressInput!) { recordProgress(input: $input) { lesson { status } } }`,
      {
        input: {
          courseSlug: COURSE,
          lessonId: 'learning-community',
          locale: 'ru',
          events: [
            event('step.next'),
            answer('burden-signs', {
              kind: 'multiple_choice',
              optionIds: ['imposed', 'no-need', 'one-person'],
            }),
            answer('network-word', { kind: 'short_text', text: 'инноваторов' }),
            answer('benefit-signs', {
              kind: 'multiple_choice',
              optionIds: ['asked', 'two-people', 'partner-ready'],
            }),
            answer('tickets-origin', { kind: 'single_choice', optionId: 'request' }),
            answer('one-document', { kind: 'true_false', truth: true }),
            event('step.next'),
          ],
        },
      },
      cookie,
    );
    expect(data.recordProgress.lesson.status).toBe('completed');

    // The course page links to the plan (Ukrainian here: the link follows the page's language).
    await page.goto(`/courses/${COURSE}?lang=uk`);
    await expect(page.getByRole('heading', { name: 'Ваш план' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('link', { name: 'План моєї нової бібліотечної послуги' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('План моєї нової бібліотечної послуги');

    // The finished lesson's part is a form still: edited by keyboard, saved, kept after a reload.
    const first = page.locator('section.part').first();
    await first.locator('input[type="text"]').nth(1).focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Я, Тарас Ильич и Олена Миколаївна');
    await first.getByRole('button', { name: 'Зберегти цю частину' }).focus();
    await page.keyboard.press('Enter');
    await expect(first.getByRole('status')).toHaveText('Збережено');
    await page.reload();
    await expect(page.locator('section.part').first().locator('input[type="text"]').nth(1)).toHaveValue(
      'Я, Тарас Ильич и Олена Миколаївна',
    );
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: info.outputPath('finished-plan-uk.png'), fullPage: true });
    const pdf = await pdfText(page, 'Завантажити PDF');
    expect(pdf.text).toContain('Я, Тарас Ильич и Олена Миколаївна');
    expect(pdf.text).toContain(WRITTEN[0]);
  });

  test('a guest is asked to sign in (their plan is kept with an account), and the page passes axe (ro)', async ({
    page,
  }) => {
    await page.context().clearCookies();
    await page.goto(`${PLAN}?lang=ro`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Planul dumneavoastră se păstrează în contul dumneavoastră',
    );
    await expect(page.getByRole('main').getByRole('link', { name: 'Intrați în cont' })).toHaveAttribute(
      'href',
      `/sign-in?next=${encodeURIComponent(PLAN)}`,
    );
    expect(await violations(page)).toEqual([]);
  });

  test('the plan page in English passes axe, fits at 200% text, and a document the course lacks is not found', async ({
    page,
  }) => {
    const { cookie } = await aGroupLearner();
    await signInAs(page, cookie);
    await page.goto(`${PLAN}?lang=en`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My new library service plan');
    await expect(page.getByText('You will write this part in the lesson').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
    // Text at 200%, as a reader's browser setting would make it: the plan and its fields still fit.
    await page.evaluate(() => {
      const root = document.documentElement;
      root.style.fontSize = `${parseFloat(getComputedStyle(root).fontSize) * 2}px`;
    });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const missing = await page.goto(`/courses/${COURSE}/plan/no-such-plan?lang=en`);
    expect(missing?.status()).toBe(404);
  });
});

test.describe("the trainer's guide", () => {
  test('is a page for trainers (uk), refused to learners (as is the trainer view of a plan), and its files are not public media', async ({
    page,
  }) => {
    const { cookie, trainer, learnerId } = await aGroupLearner();
    await signInAs(page, trainer.session.cookie!);
    await page.goto('/courses/online-communication/downloads/trainer-guide?lang=uk');
    await expect(page.getByText('Для тренерів: слухачі цієї сторінки не бачать.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    const guide = await pdfText(page, 'Завантажити PDF');
    expect(guide.name).toBe('trainer-guide.uk.pdf');

    await signInAs(page, cookie);
    const refused = await page.goto('/courses/online-communication/downloads/trainer-guide?lang=uk');
    expect(refused?.status()).toBe(403);
    // A learner cannot open even their own plan at the trainer's address.
    const trainerView = await page.goto(`/trainer/learners/${learnerId}/plans/service-plan?course=${COURSE}`);
    // Refused: the page's 403, or the trainer area sending a learner back to their account.
    expect(trainerView?.status() === 403 || !new URL(page.url()).pathname.startsWith('/trainer/')).toBe(true);
    await expect(page.getByText('План: Оксана')).toHaveCount(0);
    const media = await page.request.get('/media/online-communication/media/trainer-guide.uk.md');
    expect(media.status()).toBe(404);
  });
});
