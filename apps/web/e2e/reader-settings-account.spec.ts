import { expect, test, type Browser, type Page } from '@playwright/test';
import { openLesson, TOUR } from './player-journey';
import { adminSession, aGroupCode, aTrainer } from './support/auth';
import { violations } from './support/axe';

const API = process.env.E2E_API_URL ?? 'http://127.0.0.1:4100/graphql';
const PASSWORD = 'Sala de lectură 2026';
const NAME = 'Vera Cititoare';
/** The site's base size is 112.5% of the browser's 16 px. */
const rootPx = (textSize: number) => `${16 * 1.125 * textSize}px`;

/** The words of the account page's reader settings, in a Cyrillic and two Latin-script languages. */
const WORDS = {
  ru: { title: 'Настройки чтения', highContrast: 'Высокая контрастность', saved: /^Сохранено\./ },
  ro: { title: 'Setări de citire', highContrast: 'Contrast puternic', saved: /^Salvat\./ },
  en: { title: 'Reading settings', highContrast: 'High contrast', saved: /^Saved\./ },
} as const;

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A self-paced learner signed up over the API; its session, to set up or read the account directly. */
async function anAccount(): Promise<{
  email: string;
  call: (query: string, variables?: object) => Promise<unknown>;
}> {
  await adminSession(); // a fresh install sends every sign-in to the set-up page until the administrator exists
  const email = `reader-${unique()}@example.org`;
  let cookie = '';
  const call = async (query: string, variables: object = {}) => {
    const response = await fetch(API, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    cookie = response.headers.get('set-cookie')?.split(';')[0] ?? cookie;
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  await call(`mutation ($input: NewAccountInput!) { signUp(input: $input) { id } }`, {
    input: { name: NAME, email, password: PASSWORD },
  });
  return { email, call };
}

const MINE = `{ myReaderSettings { textSize highContrast reducedMotion wideSpacing saved } }`;

/**
 * Signs in through the sign-in page, in the given language, as the learner does (`opened`: the
 * page is already open, its script has run: a guest's settings ride along).
 */
async function signIn(
  page: Page,
  email: string,
  lang: string,
  opened = false,
  password = PASSWORD,
): Promise<void> {
  if (!opened) await page.goto(`/sign-in?lang=${lang}`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('main form button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Another computer: a fresh browser context, nothing in its storage, signed in to the same account. */
async function anotherComputer(browser: Browser, email: string, lang: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, lang);
  return page;
}

/** What the page applies now: the root's computed text size and the reader-settings attributes. */
async function applied(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    return {
      fontSize: getComputedStyle(root).fontSize,
      highContrast: root.getAttribute('data-high-contrast'),
      reducedMotion: root.getAttribute('data-reduced-motion'),
      wideSpacing: root.getAttribute('data-wide-spacing'),
    };
  });
}

type Flag = 'highContrast' | 'reducedMotion' | 'wideSpacing';
/** What `applied` gives for a text size and the settings switched on. */
const looks = (textSize: number, on: Flag[] = []) => ({
  fontSize: rootPx(textSize),
  highContrast: on.includes('highContrast') ? 'on' : null,
  reducedMotion: on.includes('reducedMotion') ? 'on' : null,
  wideSpacing: on.includes('wideSpacing') ? 'on' : null,
});

const readerSection = (page: Page, lang: keyof typeof WORDS) =>
  page.getByRole('region', { name: WORDS[lang].title });

/** The account page, once its script has run (its controls then show and keep the settings). */
async function openAccount(page: Page, lang: string): Promise<void> {
  await page.goto(`/account?lang=${lang}`);
  await expect(page.locator('.reader-settings[data-ready]')).toBeAttached();
}

/** Takes the account page's pictures when asked (E2E_SCREENSHOTS=1): 1280×800 and at 200% text. */
async function pictures(page: Page, name: string): Promise<void> {
  if (!process.env.E2E_SCREENSHOTS) return;
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

for (const lang of ['ru', 'ro'] as const) {
  test(`the account page in ${lang}: text size and high contrast change at once, stay after a reload and follow to another computer`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    const { email } = await anAccount();
    await signIn(page, email, lang);
    await openAccount(page, lang);
    const section = readerSection(page, lang);
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(WORDS[lang].title);
    expect(await violations(page)).toEqual([]);
    await pictures(page, `account-${lang}-1280`);

    await section.getByLabel('150%').check();
    await expect(section.getByRole('status')).toHaveText(WORDS[lang].saved);
    expect((await applied(page)).fontSize).toBe(rootPx(1.5));
    await section.getByLabel(WORDS[lang].highContrast).check();
    await expect(page.locator('html')).toHaveAttribute('data-high-contrast', 'on');
    // Each change clears the status and says "saved" again once the account has it.
    await expect(section.getByRole('status')).toHaveText(WORDS[lang].saved);
    await expect
      .poll(() => page.evaluate(() => fetch('/reader-boot.js').then((r) => r.text())))
      .toContain('"textSize":1.5,"highContrast":true');
    expect(await violations(page)).toEqual([]); // high contrast on

    await page.reload();
    expect(await applied(page)).toEqual(looks(1.5, ['highContrast']));
    await expect(readerSection(page, lang).getByLabel('150%')).toBeChecked();
    await expect(readerSection(page, lang).getByLabel(WORDS[lang].highContrast)).toBeChecked();

    // 200% text: the page grows down, never sideways.
    await readerSection(page, lang).getByLabel('200%').check();
    expect((await applied(page)).fontSize).toBe(rootPx(2));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    await pictures(page, `account-${lang}-200`);
    await expect(readerSection(page, lang).getByRole('status')).toHaveText(WORDS[lang].saved);

    const other = await anotherComputer(browser, email, lang);
    // The first page after sign-in already looks as set (the boot script, before the body is painted).
    expect(await applied(other)).toEqual(looks(2, ['highContrast']));
    await openAccount(other, lang);
    await expect(readerSection(other, lang).getByLabel('200%')).toBeChecked();
    await expect(readerSection(other, lang).getByLabel(WORDS[lang].highContrast)).toBeChecked();
    await other.context().close();
  });
}

test('the account page at 200% browser zoom (a 640 px wide window) scrolls only down', async ({ page }) => {
  const { email } = await anAccount();
  await page.setViewportSize({ width: 640, height: 800 });
  await signIn(page, email, 'uk');
  await openAccount(page, 'uk');
  await expect(page.getByRole('region', { name: 'Налаштування читання' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
  expect(await violations(page)).toEqual([]);
  await pictures(page, 'account-uk-640');
});

test('the reader settings work by keyboard alone, and "back to normal" is kept too', async ({ page }) => {
  const { email, call } = await anAccount();
  await signIn(page, email, 'en');
  await openAccount(page, 'en');
  const section = readerSection(page, 'en');
  // Tab into the sizes (the checked one, 100%), then the arrow keys choose.
  await tabTo(page, 'main input[type=radio]');
  await expect(section.getByLabel('100%')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(section.getByLabel('125%')).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(section.getByLabel('150%')).toBeChecked();
  expect((await applied(page)).fontSize).toBe(rootPx(1.5));
  for (const label of ['High contrast', 'Less movement', 'Wider line spacing']) {
    await page.keyboard.press('Tab');
    await expect(section.getByLabel(label)).toBeFocused();
    await page.keyboard.press('Space');
    await expect(section.getByLabel(label)).toBeChecked();
  }
  expect(await applied(page)).toEqual(looks(1.5, ['highContrast', 'reducedMotion', 'wideSpacing']));
  await expect(section.getByRole('status')).toHaveText(WORDS.en.saved);
  await expect
    .poll(async () => ((await call(MINE)) as { myReaderSettings: object }).myReaderSettings)
    .toEqual({ textSize: 1.5, highContrast: true, reducedMotion: true, wideSpacing: true, saved: true });

  await page.keyboard.press('Tab');
  await expect(section.getByRole('button', { name: 'Back to normal' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await applied(page)).toEqual(looks(1, []));
  await expect(section.getByLabel('100%')).toBeChecked();
  await expect
    .poll(async () => ((await call(MINE)) as { myReaderSettings: object }).myReaderSettings)
    .toEqual({ textSize: 1, highContrast: false, reducedMotion: false, wideSpacing: false, saved: true });
  await page.reload();
  expect((await applied(page)).fontSize).toBe(rootPx(1));
});

test("a trainer's account page has the reader settings too (Polish)", async ({ page }) => {
  const trainer = await aTrainer();
  await signIn(page, trainer.email, 'pl', false, trainer.password);
  await openAccount(page, 'pl');
  const section = page.getByRole('region', { name: 'Ustawienia czytania' });
  await section.getByLabel('Większe odstępy między wierszami').check();
  await expect(section.getByRole('status')).toHaveText(/^Zapisano\./);
  await expect(page.locator('html')).toHaveAttribute('data-wide-spacing', 'on');
  expect(await trainer.session.call(MINE)).toEqual({
    myReaderSettings: {
      textSize: 1,
      highContrast: false,
      reducedMotion: false,
      wideSpacing: true,
      saved: true,
    },
  });
});

/** Presses Tab until the focused element matches `selector`; keyboard alone, as a reader would. */
async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  expect(`nothing matching ${selector} reached by Tab`).toBe('');
}

/** As a guest in the lesson player: 150% text and high contrast, kept in this browser only. */
async function guestChooses(page: Page): Promise<void> {
  await openLesson(page, TOUR, 'en');
  await page.getByRole('button', { name: 'Reading settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reading settings' });
  await dialog.getByLabel('150%').check();
  await dialog.getByLabel('High contrast').check();
  await dialog.getByRole('button', { name: 'Close' }).click();
}

test.describe("a guest's reader settings at sign-in", () => {
  test('go to an account that has none, and another computer gets them', async ({ page, browser }) => {
    const { email, call } = await anAccount();
    await guestChooses(page);
    await page.goto('/sign-in?lang=en');
    // The form carries what this browser keeps once its script has read it.
    await expect(page.locator('input[name=readerSettings]')).toHaveValue(/"textSize":1.5/);
    await signIn(page, email, 'en', true);
    expect(await call(MINE)).toEqual({
      myReaderSettings: {
        textSize: 1.5,
        highContrast: true,
        reducedMotion: false,
        wideSpacing: false,
        saved: true,
      },
    });
    expect((await applied(page)).fontSize).toBe(rootPx(1.5));

    const other = await anotherComputer(browser, email, 'en');
    expect(await applied(other)).toEqual(looks(1.5, ['highContrast']));
    await other.context().close();
  });

  test('go to a new learner who joins a group with a PIN, and their PIN sign-in elsewhere gets them', async ({
    page,
    browser,
  }) => {
    const code = await aGroupCode();
    await guestChooses(page);
    const firstName = 'Raisa'; // the group is new: no one else has the name
    await page.goto(`/join/${code}/new?lang=en`);
    await expect(page.locator('form[data-stepped]')).toBeVisible();
    await expect(page.locator('input[name=readerSettings]')).toHaveValue(/"highContrast":true/);
    await page.getByLabel('First name').fill(firstName);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('#pin').fill('8642');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.locator('#pinRepeat').fill('8642');
    await page.getByRole('button', { name: 'Join the group' }).click();
    await expect(page.getByText(`Signed in as ${firstName}`)).toBeVisible();

    const other = await (await browser.newContext()).newPage();
    await other.goto(`/join/${code}?lang=en`);
    await other.locator('.name', { hasText: firstName }).click();
    await other.locator('#pin').fill('8642');
    await other.locator('main form button[type=submit]').click();
    await expect(other.getByText(`Signed in as ${firstName}`)).toBeVisible();
    expect(await applied(other)).toEqual(looks(1.5, ['highContrast']));
    await other.context().close();
  });

  test("give way to the account's own saved settings", async ({ page }) => {
    const { email, call } = await anAccount();
    const own = { textSize: 2, highContrast: false, reducedMotion: false, wideSpacing: true };
    await call(`mutation ($input: ReaderSettingsInput!) { saveReaderSettings(input: $input) { textSize } }`, {
      input: own,
    });
    await guestChooses(page);
    await page.goto('/sign-in?lang=en');
    await expect(page.locator('input[name=readerSettings]')).toHaveValue(/"textSize":1.5/);
    await signIn(page, email, 'en', true);
    // The first page after sign-in shows the account's, and this browser keeps them from now on.
    expect(await applied(page)).toEqual(looks(2, ['wideSpacing']));
    expect(await call(MINE)).toEqual({ myReaderSettings: { ...own, saved: true } });
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('punte.reader-settings') ?? '{}'));
    expect(kept).toEqual(own);
    await openAccount(page, 'en');
    await expect(readerSection(page, 'en').getByLabel('200%')).toBeChecked();
    await expect(readerSection(page, 'en').getByLabel('High contrast')).not.toBeChecked();
  });
});
