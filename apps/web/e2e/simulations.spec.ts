import { expect, test } from '@playwright/test';
import {
  axeViolations,
  control,
  expectComplete,
  openTask,
  pressOn,
  reachedIds,
  tabTo,
  textAt200,
} from '../src/lib/simulations/testing/browser';

test.describe('e-mail simulation', () => {
  test('reply to Elena by keyboard alone, in Russian', async ({ page }) => {
    await openTask(page, 'email', 'reply-to-elena', 'ru');
    await expect(page.getByTestId('sim-guidance')).toHaveText('Нажмите «Входящие».');
    await pressOn(page, control(page, 'folder-inbox'));
    // Focus moves to what the action opened.
    await expect(page.locator('.sim-tool h3')).toBeFocused();
    await pressOn(page, control(page, 'row-from-elena'));
    await expect(page.getByRole('heading', { name: 'Как ты, мама?' })).toBeFocused();
    await pressOn(page, control(page, 'reply'));
    await expect(page.getByLabel('Текст письма')).toBeFocused();
    await page.keyboard.type('Да, зацвели! Целую, мама.');
    await pressOn(page, control(page, 'send'));
    await expectComplete(page);
    expect(await reachedIds(page)).toEqual(['open-inbox', 'open-elena', 'press-reply', 'write-text', 'send']);
    await expect(page.locator('.sim-tool [role="status"]')).toContainText('Письмо отправлено.');
  });

  test('create an address by keyboard alone, in Romanian, with a kind word for a short password', async ({
    page,
  }) => {
    await openTask(page, 'email', 'make-account', 'ro');
    await tabTo(page, control(page, 'signup-name'));
    await page.keyboard.type('maria.popescu');
    await page.keyboard.press('Tab');
    await page.keyboard.type('scurt');
    await pressOn(page, control(page, 'signup-submit'));
    await expect(page.getByRole('alert')).toContainText('Parola este prea scurtă');
    await expect(control(page, 'signup-password')).toBeFocused();
    await page.keyboard.type('-de-tot-lunga');
    await page.keyboard.press('Tab');
    await page.keyboard.type('scurt-de-tot-lunga');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Bună ziua, maria.popescu!' })).toBeFocused();
    await pressOn(page, control(page, 'folder-inbox'));
    await expectComplete(page);
    await pressOn(page, control(page, 'row-welcome'));
    await expect.poll(() => reachedIds(page)).toEqual(['created', 'open-inbox', 'read-welcome']);
  });

  test('a wrong letter gets a gentle word; two bring the hint on the right letter', async ({ page }) => {
    await openTask(page, 'email', 'report-the-scam', 'en');
    await pressOn(page, control(page, 'folder-inbox'));
    await pressOn(page, control(page, 'row-from-elena'));
    await expect(page.getByTestId('sim-note')).toHaveText(
      'That opens the letter from Elena Popescu. Which letter rushes you and wants your card code? Open it, but press nothing inside it.',
    );
    await expect(page.getByTestId('sim-hint')).toHaveCount(0);
    await pressOn(page, control(page, 'back'));
    await expect(control(page, 'row-from-elena')).toBeFocused();
    await pressOn(page, control(page, 'row-from-library'));
    await expect(page.getByTestId('sim-hint')).toBeVisible();
    // The hint leads back: first to the inbox, from where the letter is reached.
    await expect(page.locator('[data-sim-hint]')).toHaveAttribute('data-sim-target', 'folder-inbox');
    await pressOn(page, control(page, 'folder-inbox'));
    await expect(page.locator('[data-sim-hint]')).toHaveAttribute('data-sim-target', 'row-fake-bank');
  });

  test('the scam: real address shown, link target on focus, the link is a harmless trap, report and delete', async ({
    page,
  }) => {
    await openTask(page, 'email', 'report-the-scam', 'uk');
    await pressOn(page, control(page, 'folder-inbox'));
    await pressOn(page, control(page, 'row-fake-bank'));
    await expect(page.locator('.sim-tool')).toContainText('banca-sigura@premii-rapide.example.org');
    await tabTo(page, control(page, 'scam-link'));
    await expect(page.getByRole('tooltip')).toBeVisible();
    await expect(page.getByRole('tooltip')).toContainText('http://premii-rapide.example.org/');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /Стоп!/ })).toBeFocused();
    await expect(page.getByTestId('sim-note')).toContainText('підроблений сайт');
    expect(page.url()).toContain('/dev/simulations/email');
    await pressOn(page, control(page, 'link-back'));
    await pressOn(page, control(page, 'report'));
    await expect(page.locator('.sim-tool')).toContainText('Ознаки шахрайства в цьому листі');
    expect(await axeViolations(page)).toEqual([]);
    await pressOn(page, control(page, 'delete'));
    await expectComplete(page);
    await pressOn(page, control(page, 'undo'));
    await expect(control(page, 'row-fake-bank')).toBeVisible();
  });

  test('waiting a minute brings the hint on the control to use', async ({ page }) => {
    await page.clock.install();
    await openTask(page, 'email', 'reply-to-elena', 'en');
    await page.clock.fastForward(55_000);
    await expect(page.getByTestId('sim-hint')).toHaveCount(0);
    await page.clock.fastForward(6_000);
    await expect(page.getByTestId('sim-hint')).toBeVisible();
    await expect(page.locator('[data-sim-hint]')).toHaveAttribute('data-sim-target', 'folder-inbox');
  });

  test('"show me" performs the next step, then hands back with focus in the tool', async ({ page }) => {
    await openTask(page, 'email', 'send-photo-to-ion', 'en');
    await pressOn(page, page.getByTestId('sim-show-me'));
    await expect(page.locator('.sim-showing')).toBeVisible();
    await expect(page.locator('.sim-turn')).toHaveText('Now it is your turn.', { timeout: 10_000 });
    expect(await reachedIds(page)).toEqual(['open-compose']);
    await expect(control(page, 'draft-to')).toBeFocused();
    await page.keyboard.type('ion.popescu@example.org');
    await page.keyboard.press('Tab');
    await expect.poll(() => reachedIds(page)).toEqual(['open-compose', 'recipient']);
  });

  test('a reload in the middle of a letter resumes it; the photo is attached from Pictures', async ({
    page,
  }) => {
    await openTask(page, 'email', 'send-photo-to-ion', 'pl');
    await pressOn(page, control(page, 'write'));
    await page.keyboard.type('ion.popescu@example');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('alert')).toContainText('W adresie czegoś brakuje');
    await tabTo(page, control(page, 'draft-to'));
    await page.keyboard.press('End');
    await page.keyboard.type('.org');
    await page.keyboard.press('Tab');
    await tabTo(page, control(page, 'draft-subject'));
    await page.keyboard.type('Zdjęcia z ogrodu');
    await page.keyboard.press('Tab');
    await expect.poll(() => reachedIds(page)).toEqual(['open-compose', 'recipient', 'subject']);
    await page.reload();
    await expect(control(page, 'draft-to')).toHaveValue('ion.popescu@example.org');
    await expect(control(page, 'draft-subject')).toHaveValue('Zdjęcia z ogrodu');
    await tabTo(page, control(page, 'draft-body'));
    await page.keyboard.type('Kochany, zobacz nasze wiśnie.');
    await pressOn(page, control(page, 'attach'));
    await expect(page.getByRole('heading', { name: 'Obrazy' })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    await pressOn(page, control(page, 'photo-gradina.jpg'));
    await expect(control(page, 'attach')).toBeFocused();
    await pressOn(page, control(page, 'send'));
    await expectComplete(page);
    expect(await reachedIds(page)).toEqual([
      'open-compose',
      'recipient',
      'subject',
      'body',
      'attach',
      'send',
    ]);
  });

  test('answer the town hall by keyboard alone, in Russian (the service-design course)', async ({ page }) => {
    await openTask(page, 'email', 'email-the-mayor', 'ru');
    await pressOn(page, control(page, 'folder-inbox'));
    await pressOn(page, control(page, 'row-from-town-hall'));
    await expect(page.getByRole('heading', { name: 'Встреча с мэром, пятница, 11:00' })).toBeFocused();
    await pressOn(page, control(page, 'reply'));
    await expect(control(page, 'draft-to')).toHaveValue('secretariat@example.org');
    await expect(control(page, 'draft-body')).toBeFocused();
    await page.keyboard.type(
      'В нашем селе 40 пожилых людей не умеют пользоваться госуслугами. Библиотека откроет по вторникам пункт помощи. Мэрия получит меньше очередей. Просим десять минут на совете.',
    );
    await pressOn(page, control(page, 'send'));
    await expectComplete(page);
    expect(await reachedIds(page)).toEqual(['open-inbox', 'open-message', 'reply', 'write-core', 'send']);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('main states have no axe violations and fit at 200% text', async ({ page }) => {
    await openTask(page, 'email', 'reply-to-elena', 'en');
    expect(await axeViolations(page)).toEqual([]);
    await pressOn(page, control(page, 'folder-inbox'));
    expect(await axeViolations(page)).toEqual([]);
    await pressOn(page, control(page, 'row-from-elena'));
    expect(await axeViolations(page)).toEqual([]);
    await pressOn(page, control(page, 'reply'));
    expect(await axeViolations(page)).toEqual([]);
    expect(await textAt200(page)).toBeLessThanOrEqual(0);
    await expect(control(page, 'send')).toBeVisible();
  });
});

test.describe('e-government portal simulation', () => {
  test('file the appeal by keyboard alone, in Ukrainian: search, form with review, receipt, status', async ({
    page,
  }) => {
    await openTask(page, 'e-government-portal', 'practice-appeal', 'uk');
    await tabTo(page, control(page, 'search-box'));
    await page.keyboard.type('зверненя ліхтарі');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { name: 'Результати за запитом «зверненя ліхтарі»' }),
    ).toBeFocused();
    await pressOn(page, control(page, 'service-appeal'));
    await expect(page.getByRole('heading', { name: 'Звернення до міськради' })).toBeFocused();
    await pressOn(page, control(page, 'apply'));
    await expect(page.getByText('Крок 1 з 3')).toBeVisible();
    // "Next" with nothing filled: the problems are listed, focus goes to them.
    await pressOn(page, control(page, 'form-next'));
    await expect(page.getByRole('alert')).toBeFocused();
    await expect(page.getByRole('alert')).toContainText("Заповніть поле «Прізвище та ім'я».");
    await tabTo(page, control(page, 'field-full-name'));
    await page.keyboard.type('Ганна Руденко');
    await page.keyboard.press('Tab');
    await page.keyboard.type('hanna.rudenko@example');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await pressOn(page, control(page, 'form-next'));
    await expect(page.getByRole('alert')).toContainText('введіть адресу на зразок imya@example.org');
    await tabTo(page, control(page, 'field-email'));
    await page.keyboard.press('End');
    await page.keyboard.type('.org');
    await pressOn(page, control(page, 'form-next'));
    await expect(page.getByText('Крок 2 з 3')).toBeVisible();
    await tabTo(page, control(page, 'field-message'));
    await page.keyboard.type('На вулиці Прикладній тиждень не світять ліхтарі.');
    await pressOn(page, control(page, 'form-next'));
    await expect(page.locator('.sim-tool dd', { hasText: 'Вуличне освітлення' })).toBeVisible();
    await tabTo(page, control(page, 'field-consent'));
    await page.keyboard.press('Space');
    await pressOn(page, control(page, 'form-submit'));
    await expect(page.getByRole('heading', { name: 'Заяву зареєстровано' })).toBeFocused();
    await expectComplete(page);
    await pressOn(page, control(page, 'download'));
    await expect(page.getByText('EX-UA-01042.pdf')).toBeVisible();
    await pressOn(page, page.locator('.sim-tool .receipt [data-sim-target="status"]'));
    await tabTo(page, control(page, 'status-number'));
    await page.keyboard.type('ex-ua-01042');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Заява EX-UA-01042: Отримано — розглядається.')).toBeVisible();
    expect(await reachedIds(page)).toEqual(['search', 'open', 'submit', 'receipt', 'status']);
  });

  test('register and sign in by keyboard alone, in Romanian', async ({ page }) => {
    await openTask(page, 'e-government-portal', 'practice-register', 'ro');
    await pressOn(page, control(page, 'register'));
    await expect(page.getByRole('heading', { name: 'Înregistrare' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ana Rusu');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ana.rusu@example.org');
    await page.keyboard.press('Tab');
    await page.keyboard.type('parola-de-exercitiu');
    await page.keyboard.press('Tab');
    await page.keyboard.type('parola-de-exercitiu');
    await pressOn(page, control(page, 'register-submit'));
    await expect(page.getByRole('alert')).toContainText('Bifați că acceptați condițiile.');
    await tabTo(page, control(page, 'register-consent'));
    await page.keyboard.press('Space');
    // The passwords were kept in the page while the learner fixed the consent.
    await pressOn(page, control(page, 'register-submit'));
    await expect(page.getByRole('heading', { name: 'Autentificare' })).toBeFocused();
    await tabTo(page, control(page, 'signin-password'));
    await page.keyboard.type('parola-de-exercitiu');
    await page.keyboard.press('Enter');
    await expectComplete(page);
    await expect(page.getByText('Sunteți autentificat: Ana Rusu')).toBeVisible();
    expect(await reachedIds(page)).toEqual(['register', 'sign-in']);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("the portal is the scenario's country whatever the language: Ukraine's appeal in Romanian", async ({
    page,
  }) => {
    await openTask(page, 'e-government-portal', 'practice-appeal', 'ro');
    await expect(page.locator('.sim-tool .top')).toContainText('Ucraina');
    await pressOn(page, control(page, 'status'));
    await expect(page.locator('#gov-status-help')).toHaveText(
      'Îl găsiți pe confirmare, de exemplu EX-UA-01042.',
    );
    await openTask(page, 'e-government-portal', 'practice-register', 'uk');
    await expect(page.locator('.sim-tool .top')).toContainText('Республіка Молдова');
    await pressOn(page, control(page, 'signin'));
    await expect(page.locator('.sim-tool')).toContainText('MPass');
  });

  test('another service is a wrong turn with a gentle word', async ({ page }) => {
    await openTask(page, 'e-government-portal', 'practice-find-service', 'ro');
    await tabTo(page, control(page, 'search-box'));
    await page.keyboard.type('certificat');
    await page.keyboard.press('Enter');
    expect(await axeViolations(page)).toEqual([]);
    await pressOn(page, control(page, 'service-birth-certificate-copy'));
    await expect(page.getByTestId('sim-note')).toHaveText(
      'Așa se deschide „Duplicatul certificatului de naștere”. Deschideți „Certificat de domiciliu” și citiți fișa serviciului.',
    );
    await pressOn(page, control(page, 'back-results'));
    await pressOn(page, control(page, 'service-residence-certificate'));
    await expectComplete(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('"show me" finds the booking; a reload keeps what was typed in the form; the booking is done', async ({
    page,
  }) => {
    test.slow();
    await openTask(page, 'e-government-portal', 'practice-booking', 'pl');
    await pressOn(page, page.getByTestId('sim-show-me'));
    await expect(page.locator('.sim-turn')).toBeVisible({ timeout: 10_000 });
    await pressOn(page, page.getByTestId('sim-show-me'));
    await expect(page.locator('.sim-turn')).toBeVisible({ timeout: 10_000 });
    // Control comes back where "show me" left it: on the service it opened.
    await expect(page.getByRole('heading', { name: 'Rezerwacja wizyty w centrum obsługi' })).toBeFocused();
    await pressOn(page, control(page, 'apply'));
    await tabTo(page, control(page, 'field-full-name'));
    await page.keyboard.type('Jan Kowalski');
    await page.keyboard.press('Tab');
    await page.keyboard.type('000 000 000');
    await page.keyboard.press('Tab');
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await expect(control(page, 'field-full-name')).toHaveValue('Jan Kowalski');
    await expect(control(page, 'field-phone')).toHaveValue('000 000 000');
    expect(await reachedIds(page)).toEqual(['search', 'open']);
    expect(await textAt200(page)).toBeLessThanOrEqual(0);
    // Finish the booking by keyboard: the service, the date, the consent, submit, download.
    await tabTo(page, control(page, 'field-service'));
    await page.keyboard.press('ArrowDown');
    await pressOn(page, control(page, 'form-next'));
    await tabTo(page, control(page, 'field-date'));
    await page.keyboard.type('12072026');
    await pressOn(page, control(page, 'form-next'));
    await expect(page.locator('.sim-tool dd', { hasText: 'Wydanie dowodu osobistego' })).toBeVisible();
    await tabTo(page, control(page, 'field-consent'));
    await page.keyboard.press('Space');
    await pressOn(page, control(page, 'form-submit'));
    await pressOn(page, control(page, 'download'));
    await expectComplete(page);
    expect(await reachedIds(page)).toEqual(['search', 'open', 'choose-date', 'submit', 'receipt']);
  });
});

test.describe('video-call simulation', () => {
  test('the rehearsal by keyboard alone, in Russian: call, mute and unmute, chat, end', async ({ page }) => {
    await openTask(page, 'video-call', 'test-call', 'ru');
    await pressOn(page, control(page, 'contacts'));
    await expect(page.getByRole('heading', { name: 'Мои контакты' })).toBeFocused();
    await pressOn(page, control(page, 'contact-olena'));
    await pressOn(page, control(page, 'call-video'));
    await expect(page.getByRole('heading', { name: 'Разговор с: Olena Kovalenko' })).toBeFocused();
    await expect(page.locator('.sim-tool .bubble')).toContainText('Вы меня слышите?');
    await pressOn(page, control(page, 'mic'));
    await expect(control(page, 'mic')).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('.sim-tool .bubble')).toContainText('У вас включён микрофон?');
    await page.keyboard.press('Enter');
    await expect(page.locator('.sim-tool .bubble')).toContainText('Теперь я вас хорошо слышу!');
    await pressOn(page, control(page, 'chat'));
    await expect(control(page, 'chat-text')).toBeFocused();
    await page.keyboard.type('https://biblioteca.example.org/club');
    await page.keyboard.press('Enter');
    await expect(page.locator('.sim-tool .bubble')).toContainText('Спасибо');
    expect(await axeViolations(page)).toEqual([]);
    await pressOn(page, control(page, 'end'));
    await expectComplete(page);
    expect(await reachedIds(page)).toEqual([
      'open-contacts',
      'pick-olena',
      'start-call',
      'mute',
      'unmute',
      'chat-link',
      'end-call',
    ]);
  });

  test('answer Elena in Polish by keyboard; a wrong contact and waiting bring word and hint', async ({
    page,
  }) => {
    await openTask(page, 'video-call', 'answer-elena', 'pl');
    await expect(page.getByRole('heading', { name: 'Dzwoni Elena Popescu…' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await pressOn(page, control(page, 'answer'));
    await expect(page.getByRole('heading', { name: 'Rozmowa: Elena Popescu' })).toBeFocused();
    await pressOn(page, control(page, 'layout'));
    await expect(page.getByText('Układ teraz: Obok siebie')).toBeVisible();
    await pressOn(page, control(page, 'end'));
    await expectComplete(page);
  });

  test('call Ion in English: a wrong contact gets a word, waiting the hint, then the call by keyboard', async ({
    page,
  }) => {
    await page.clock.install();
    await openTask(page, 'video-call', 'call-ion', 'en');
    await pressOn(page, control(page, 'contacts'));
    await pressOn(page, control(page, 'contact-elena'));
    await expect(page.getByTestId('sim-note')).toHaveText(
      "That is Elena Popescu's card. Press Ion Popescu's name.",
    );
    await expect(page.getByTestId('sim-hint')).toHaveCount(0);
    await page.clock.fastForward(61_000);
    await expect(page.getByTestId('sim-hint')).toBeVisible();
    // The hint leads back to the contacts first, then to Ion.
    await expect(page.locator('[data-sim-hint]')).toHaveAttribute('data-sim-target', 'contacts');
    await pressOn(page, control(page, 'contacts'));
    await expect(page.locator('[data-sim-hint]')).toHaveAttribute('data-sim-target', 'contact-ion');
    await pressOn(page, control(page, 'contact-ion'));
    await pressOn(page, control(page, 'call-video'));
    await expect(page.getByRole('heading', { name: 'Talking with Ion Popescu' })).toBeFocused();
    await pressOn(page, control(page, 'end'));
    await expectComplete(page);
    expect(await reachedIds(page)).toEqual(['open-contacts', 'pick-ion', 'start', 'end']);
  });

  test('add Ion, then camera and microphone; a reload keeps the contact', async ({ page }) => {
    await openTask(page, 'video-call', 'add-contact-and-camera', 'uk');
    await pressOn(page, control(page, 'contacts'));
    await expect(control(page, 'contact-ion')).toHaveCount(0);
    await pressOn(page, control(page, 'add-open'));
    await page.keyboard.press('Tab');
    await page.keyboard.type('Іон');
    await expect(page.getByText("Нікого з таким ім'ям не знайдено.")).toBeVisible();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Ion');
    await pressOn(page, control(page, 'add-ion'));
    await expect(control(page, 'contact-ion')).toBeFocused();
    await page.reload();
    await expect(control(page, 'contact-ion')).toBeVisible();
    await pressOn(page, control(page, 'home'));
    await pressOn(page, control(page, 'camera'));
    await pressOn(page, control(page, 'mic'));
    await expectComplete(page);
    expect(await reachedIds(page)).toEqual(['open-contacts', 'add-ion', 'camera-on', 'mic-on']);
    expect(await axeViolations(page)).toEqual([]);
    expect(await textAt200(page)).toBeLessThanOrEqual(0);
  });
});

test.describe('social-network privacy simulation', () => {
  test('sort friend requests by keyboard alone, in Ukrainian: inspect the fake profile, undo a mistake, report', async ({
    page,
  }) => {
    await openTask(page, 'social-privacy', 'sort-requests', 'uk');
    await pressOn(page, control(page, 'nav-requests'));
    await expect(page.getByRole('heading', { name: 'Запити в друзі' })).toBeFocused();
    await pressOn(page, control(page, 'inspect-r-stranger'));
    await expect(page.getByText('Сторінку створено минулого тижня.')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    // Accepting the stranger is the mistake the task teaches to avoid: a gentle word and undo.
    await pressOn(page, control(page, 'accept-r-stranger'));
    await expect(page.getByTestId('sim-note')).toContainText('Ви прийняли незнайому людину: Robert Miller.');
    await pressOn(page, control(page, 'undo'));
    await expect(control(page, 'accept-r-stranger')).toBeVisible();
    await pressOn(page, control(page, 'accept-r-ana'));
    await pressOn(page, control(page, 'decline-r-stranger'));
    await pressOn(page, control(page, 'nav-messages'));
    await pressOn(page, control(page, 'report-msg-money'));
    await expectComplete(page);
    expect(await reachedIds(page)).toEqual(['accept-ana', 'decline-stranger', 'report-message']);
  });

  test('close the profile to strangers with the keyboard (radio groups), in Polish', async ({ page }) => {
    await openTask(page, 'social-privacy', 'set-privacy', 'pl');
    await pressOn(page, control(page, 'nav-profile'));
    await expect(page.getByRole('heading', { name: 'Maria Popescu' })).toBeFocused();
    await tabTo(page, control(page, 'privacy-profile-visibility-public'));
    await page.keyboard.press('ArrowDown');
    await expect(control(page, 'privacy-profile-visibility-friends')).toBeChecked();
    await tabTo(page, control(page, 'privacy-phone-visibility-public'));
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('sim-note')).toContainText('„Kto widzi Twój telefon” — teraz: Znajomi.');
    await page.keyboard.press('ArrowDown');
    await expectComplete(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(await textAt200(page)).toBeLessThanOrEqual(0);
  });

  test('delete the risky post and post for friends, in English; a reload keeps it', async ({ page }) => {
    await openTask(page, 'social-privacy', 'clean-up-posts', 'en');
    await pressOn(page, control(page, 'delete-p-away'));
    await expect(page.getByText('Delete this post? It cannot be brought back.')).toBeFocused();
    await pressOn(page, control(page, 'confirm-delete-p-away'));
    await expect(page.getByText('I am going to my daughter')).toHaveCount(0);
    await page.reload();
    await expect(page.getByText('I am going to my daughter')).toHaveCount(0);
    await tabTo(page, control(page, 'draft-text'));
    await page.keyboard.type('Tulips in the garden!');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await expect(control(page, 'draft-audience')).toHaveValue('friends');
    await pressOn(page, control(page, 'post'));
    await expectComplete(page);
    await expect(page.getByText('Visible to: Friends')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('the practice host', () => {
  test('reads the guidance aloud in the step language where the browser has such a voice, else hides the button', async ({
    page,
  }) => {
    await openTask(page, 'email', 'reply-to-elena', 'ro');
    await expect(page.getByRole('button', { name: 'Citește cu voce tare' })).toHaveCount(0);
    await page.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = [];
      (window as unknown as { spoken: typeof spoken }).spoken = spoken;
      const voices = [{ lang: 'ro-RO', name: 'Test RO' }];
      Object.defineProperty(window, 'speechSynthesis', {
        value: {
          getVoices: () => voices,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
          cancel: () => undefined,
          speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang }),
        },
      });
      // Chromium's own utterance refuses a stand-in voice object; a plain one records what is asked.
      (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
        lang = '';
        voice: unknown = null;
        rate = 1;
        onend = null;
        onerror = null;
        constructor(public text: string) {}
      };
    });
    await page.reload();
    await pressOn(page, page.getByRole('button', { name: 'Citește cu voce tare' }));
    expect(await page.evaluate(() => (window as unknown as { spoken: unknown[] }).spoken)).toEqual([
      { text: 'Apăsați pe „Mesaje primite”.', lang: 'ro-RO' },
    ]);
    await expect(page.getByRole('button', { name: 'Oprește citirea' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('the hint frame does not pulse when the reader asked for reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openTask(page, 'social-privacy', 'set-privacy', 'en', '&hintMs=500');
    const framed = page.locator('[data-sim-hint]');
    await expect(framed).toHaveAttribute('data-sim-target', 'nav-profile');
    expect(await framed.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await framed.evaluate((el) => getComputedStyle(el).animationName)).toBe('sim-pulse');
  });
});
