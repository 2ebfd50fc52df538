import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PDFParse } from 'pdf-parse';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  // A page axe could not inspect would report no violations too.
  expect(result.passes.length).toBeGreaterThan(10);
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** The text of a PDF as one line of words, so a line break in it changes nothing. */
async function pdfText(data: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(data) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

async function downloadPdf(page: Page, label: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: label }).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: await pdfText(await readFile(file)) };
}

/**
 * What the printer gets: the document alone, in large type, without the site around it. Returns
 * the text of Chromium's own A4 print of the page.
 */
async function printRendering(page: Page, firstHeading: string): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('.screen-only')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: firstHeading })).toBeVisible();
  const size = await page
    .locator('.printable p')
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  // 13 pt is 17.3 px: large enough for a reader at a library table.
  expect(size).toBeGreaterThanOrEqual(17);
  // Chromium's own print of the page: A4, the document's words, none of the site's chrome.
  const printed = await pdfText(await page.pdf({ preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  expect(printed).toContain(firstHeading);
  // Neither the language links, the back link, the buttons nor the footer are printed.
  for (const chrome of ['Русский', 'Polski', 'Punte —', 'PDF']) expect(printed).not.toContain(chrome);
  return printed;
}

test.describe('printable downloads', () => {
  test('the Romanian memo: from the course page to a page to print and a PDF with ș ț', async ({ page }) => {
    await page.goto('/courses/e-government-at-the-library?lang=ro');
    const downloads = page.getByRole('region', { name: 'De tipărit' });
    await expect(downloads.getByRole('listitem')).toHaveCount(1);
    expect(await violations(page)).toEqual([]);
    await downloads.getByRole('link', { name: 'Memento pentru bibliotecari (de tipărit)' }).click();

    await expect(page).toHaveURL(
      /\/courses\/e-government-at-the-library\/downloads\/librarian-memo\?lang=ro$/,
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Memento pentru bibliotecari' })).toBeVisible();
    await expect(page.locator('article.printable')).toHaveAttribute('lang', 'ro');
    await expect(page.getByRole('heading', { level: 2, name: '1. Înainte' })).toBeVisible();
    // The checklist shows its boxes, not bullets in front of them.
    const box = page.locator('.printable li.box').first();
    await expect(box).toContainText('☐ Aflați ce îi trebuie cititorului');
    expect(await box.evaluate((li) => getComputedStyle(li).listStyleType)).toBe('none');
    expect(await violations(page)).toEqual([]);

    const printed = await printRendering(page, '1. Înainte');
    expect(printed).toContain('Ștergeți datele de navigare');
    expect(printed).not.toContain('Înapoi la curs');

    const pdf = await downloadPdf(page, 'Descărcați PDF');
    expect(pdf.name).toBe('librarian-memo.ro.pdf');
    expect(pdf.text).toContain('Memento pentru bibliotecari');
    expect(pdf.text).toContain('Ștergeți datele de navigare (Ctrl+Shift+Delete) și închideți browserul.');
    expect(pdf.text).toContain('Faptele despre cele trei țări au fost verificate');
    expect(pdf.text).not.toMatch(/[şţŞŢ]/);
  });

  test('the Russian activity plan: a page to print and a PDF in Cyrillic', async ({ page }) => {
    await page.goto('/courses/library-activities-online/downloads/online-activity-plan?lang=ru');
    await expect(page.getByRole('heading', { level: 1, name: 'Мой план онлайн-мероприятия' })).toBeVisible();
    await expect(page.locator('article.printable')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('columnheader', { name: 'Инструмент' })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Назад к курсу: Библиотечные мероприятия онлайн' }),
    ).toBeVisible();
    expect(await violations(page)).toEqual([]);

    const printed = await printRendering(page, '1. Цель');
    expect(printed).toContain('Технический модератор');
    expect(printed).not.toContain('Назад к курсу');

    const pdf = await downloadPdf(page, 'Скачать PDF');
    expect(pdf.name).toBe('online-activity-plan.ru.pdf');
    expect(pdf.text).toContain('Мой план онлайн-мероприятия');
    expect(pdf.text).toContain('Технический модератор');
    expect(pdf.text).toMatch(/Инструмент Для чего/);
  });

  test('a download the course does not offer is a page not found, in the learner language', async ({
    page,
  }) => {
    const response = await page.goto('/courses/library-activities-online/downloads/cover?lang=uk');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Ми не знайшли цю сторінку' })).toBeVisible();
    await expect(page.getByRole('link', { name: '← Назад до курсу' })).toBeVisible();
  });

  test('a plan with tables still fits the screen with text at 200%', async ({ page }) => {
    await page.goto('/courses/library-activities-online/downloads/online-activity-plan?lang=uk');
    await expect(page.getByRole('columnheader').first()).toBeVisible();
    // Doubles whatever the site's root size is, as a reader's browser setting would.
    await page.evaluate(() => {
      const root = document.documentElement;
      root.style.fontSize = `${parseFloat(getComputedStyle(root).fontSize) * 2}px`;
    });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
