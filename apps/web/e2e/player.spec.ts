import { expect, test } from '@playwright/test';
import {
  answerTourRightly,
  doThePractice,
  check,
  next,
  nextQuestion,
  openLesson,
  stepTitle,
  toTheQuiz,
  TOUR,
  watchVideo,
} from './player-journey';

test.describe('the lesson player, as a guest', () => {
  test('takes a whole lesson with every step kind: wrong twice, the hint, then a pass', async ({
    page,
  }, info) => {
    test.setTimeout(90_000);
    await openLesson(page, TOUR, 'en');
    await expect(page.getByText('Step 1 of 6')).toBeVisible();
    await expect(stepTitle(page)).toHaveText('Welcome');
    // Captions in the learner's language are on by default (video.js draws them over the video).
    await expect(page.locator('.vjs-text-track-display')).toContainText('Hello! This is Punte.');
    await expect(page.getByText('Hello! This is Punte. We learn together, step by step.')).toBeVisible();
    await expect(page.locator('.step-nav .primary')).toBeDisabled();
    await page.screenshot({ path: info.outputPath('video.png'), fullPage: true });
    await watchVideo(page);
    await expect(page.getByText('Watched: 100%')).toBeVisible();
    await next(page);

    await expect(stepTitle(page)).toHaveText('What an e-mail is');
    await expect(page.getByRole('img', { name: 'An open envelope' })).toBeVisible();
    await page.screenshot({ path: info.outputPath('reading.png'), fullPage: true });
    await next(page);

    await expect(stepTitle(page)).toHaveText('Write to Ana');
    await expect(page.getByTestId('sim-show-me')).toBeVisible();
    await page.screenshot({ path: info.outputPath('practice.png'), fullPage: true });
    await doThePractice(page);
    await next(page);

    await expect(page.getByText('Question 1 of 8')).toBeVisible();
    await page.getByLabel('www.example.org').check();
    await check(page);
    await expect(page.locator('.outcome')).toHaveText('Not quite. Try again.');
    await expect(page.getByText('That is the address of a website.')).toBeVisible();
    await expect(page.getByText('3 tries left')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Show a hint' })).toHaveCount(0);
    await page.getByLabel('022 123 456').check();
    await check(page);
    await expect(page.getByText('2 tries left')).toBeVisible();
    await page.getByRole('button', { name: 'Show a hint' }).click();
    await expect(page.getByText('Look for the @ sign.')).toBeVisible();
    await page.screenshot({ path: info.outputPath('quiz-hint.png'), fullPage: true });
    await page.getByLabel('ana@example.org').check();
    await check(page);
    await expect(page.locator('.outcome')).toHaveText('Correct!');
    await expect(page.getByText('An e-mail address always has the @ sign in the middle.')).toBeVisible();
    await nextQuestion(page);
    await answerTourRightly(page, 1);
    await page.screenshot({ path: info.outputPath('quiz-result.png'), fullPage: true });
    await next(page);

    await expect(stepTitle(page)).toHaveText('Done');
    await page.screenshot({ path: info.outputPath('summary.png'), fullPage: true });
    await page.locator('.step-nav .primary').click();
    await expect(stepTitle(page)).toHaveText('Well done! You finished this lesson.');
    await expect(page.getByRole('link', { name: 'Next lesson →' })).toBeVisible();

    // Looking back at a done step records nothing and comes back.
    await page.getByRole('button', { name: '← Previous step' }).click();
    await expect(page.getByText('You are looking back at a step you have done.')).toBeVisible();
  });

  test('finds the same question with the same attempts after a reload in the middle of the quiz', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await openLesson(page, TOUR, 'en');
    await toTheQuiz(page);
    await page.getByLabel('www.example.org').check();
    await check(page);
    await expect(page.getByText('3 tries left')).toBeVisible();
    await expect(page.getByText('Saved on this computer')).toBeVisible();
    await page.reload();
    await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
    await expect(page.getByText('Question 1 of 8')).toBeVisible();
    await expect(page.getByText('Which one is an e-mail address?')).toBeVisible();
    await expect(page.getByText('3 tries left')).toBeVisible();
  });

  test('goes on offline: three steps, an answer that waits calmly, then everything sent from a new page', async ({
    browser,
  }) => {
    test.setTimeout(60_000);
    const context = await browser.newContext();
    const page = await context.newPage();
    await openLesson(page, TOUR, 'en');
    await watchVideo(page);
    await context.setOffline(true);
    await next(page);
    await next(page);
    await doThePractice(page);
    await next(page);
    await expect(page.getByText('Question 1 of 8')).toBeVisible();
    await expect(page.getByText('Offline, saved on this computer')).toBeVisible();
    await page.getByLabel('ana@example.org').check();
    await check(page);
    await expect(page.getByText('We will check this as soon as the connection is back.')).toBeVisible();
    await expect(page.locator('.outcome')).toHaveCount(0);
    await page.close();

    await context.setOffline(false);
    const again = await context.newPage();
    await openLesson(again, TOUR, 'en');
    await expect(again.getByText('Question 1 of 8')).toBeVisible();
    await expect(again.locator('.outcome')).toHaveText('Correct!');
    await expect(again.getByText('Saved on this computer')).toBeVisible();
    await context.close();
  });

  test('loses nothing while the API is away (restarting): answers wait, then are graded when it is back', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await openLesson(page, TOUR, 'en');
    // While the API restarts, this site's progress route answers 503, as it does when the API is down.
    await page.route('**/progress', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: '{"message":"API unavailable"}' }),
    );
    await watchVideo(page);
    await next(page);
    await next(page);
    await doThePractice(page);
    await next(page);
    await page.getByLabel('ana@example.org').check();
    await check(page);
    await expect(page.getByText('We will check this as soon as the connection is back.')).toBeVisible();
    await page.unroute('**/progress');
    await expect(page.locator('.outcome')).toHaveText('Correct!', { timeout: 30_000 });
    await expect(page.getByText('Saved on this computer')).toBeVisible();
  });

  test('reports a damaged record in the local queue and still sends the rest', async ({ page }) => {
    await openLesson(page, TOUR, 'en');
    await watchVideo(page);
    await next(page);
    await expect(page.getByText('Saved on this computer')).toBeVisible();
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('punte-player');
          open.onsuccess = () => {
            const tx = open.result.transaction('events', 'readwrite');
            tx.objectStore('events').put({
              id: 'damaged-record-1',
              lessonKey: 'guest|player-sampler|tour',
              event: 42,
            });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
    await expect(page.getByText('Part of what was saved on this computer could not be read')).toBeVisible();
    await expect(stepTitle(page)).toHaveText('What an e-mail is');
  });
});
