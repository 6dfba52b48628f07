import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { newPage, withChromiumAndPreview } from '../support/browser';
import { nav, openDesk } from '../support/deskPage';
import { printToPdf } from '../support/pdf';
import { startPreview, type Preview } from '../support/preview';
import { keepScreenshot } from '../support/screenshots';

let browser: Browser;
let preview: Preview;

withChromiumAndPreview((b, p) => {
  browser = b;
  preview = p;
});

describe('who serves at the desk', () => {
  it('recognises the demo admin from the OS account as a person in the sample directory', async () => {
    const page = await openDesk(browser, preview);
    await expect.poll(() => page.getByTestId('signed-in').textContent()).toBe('Pierakstījies: Laura Kalniņa');
    expect(await page.getByRole('navigation').getByRole('button').allTextContents()).toEqual([
      'Klienta ekrāns',
      'Mana darbavieta',
      'Pakalpojumi',
      'Darbinieki',
      'Sūdzības un ierosinājumi',
      'Mani reģistrētie',
      'Klientu vērtējumi',
      'Noteikumi',
      'Darbinieku aptaujas',
      'Kā iesniegt sūdzību',
      'Darbinieku saraksts',
      'Darba vietas',
      'Iestatījumi',
      'Par programmu',
    ]);
    await nav(page, 'Mana darbavieta');
    const serving = page.getByTestId('serving');
    await serving.waitFor();
    expect(await serving.textContent()).toContain('Laura Kalniņa');
    expect(await serving.textContent()).toContain('Atpazīts pēc datora lietotāja konta.');
    await expectNoAxeViolations(page, 'my desk (lv)');
    await keepScreenshot(page, 'directory-desk-recognised');
    await page.context().close();
  });

  it('recognises another account given to the preview, without the admin screens', async () => {
    const other = await startPreview({ args: ['--os-account', 'RNP\\ilze.berzina'] });
    try {
      const page = await openDesk(browser, other);
      await expect.poll(() => page.getByTestId('signed-in').textContent()).toBe('Pierakstījies: Ilze Bērziņa');
      expect(await page.getByRole('navigation').getByRole('button', { name: 'Darbinieku saraksts' }).count()).toBe(0);
      await nav(page, 'Mana darbavieta');
      expect(await page.getByTestId('serving').textContent()).toContain('Sociālā darbiniece');
      await page.context().close();
    } finally {
      await other.stop();
    }
  });

  it('lets an unknown account choose who serves, in one action', async () => {
    const other = await startPreview({ args: ['--os-account', 'RNP\\temp.worker'] });
    try {
      const page = await openDesk(browser, other);
      await nav(page, 'Mana darbavieta');
      await page.getByText('Nav norādīts, kas apkalpo šajā darbavietā.').waitFor();
      await expectNoAxeViolations(page, 'my desk, nobody chosen (lv)');
      await page.getByLabel('Kas apkalpo šajā darbavietā').selectOption('janis.ozolins');
      await page.getByTestId('serving').waitFor();
      expect(await page.getByTestId('serving').textContent()).toContain('Izvēlēts no darbinieku saraksta.');
      await page.context().close();
    } finally {
      await other.stop();
    }
  });
});

describe('the badge on the client display', () => {
  it('shows name, surname, position, institution, room and today’s hours in each client language', async () => {
    const display = await newPage(browser, { width: 1280, height: 800 });
    await display.goto(preview.url('display'));
    await display.getByRole('heading', { name: 'Laura Kalniņa', level: 1 }).waitFor();
    // The position in the client's language: the sample directory translates Laura's into both.
    for (const [button, lang, room, today, position] of [
      // The preview's Monday morning (TEST_NOW): a reception day.
      ['Latviski', 'lv', '1. kabinets', /Šodien pieņem/, 'Klientu apkalpošanas speciāliste'],
      ['Latgaliski', 'ltg', '1. kabinets', /Šudiņ pījam/, 'Klientu apkalpuošonys specialiste'],
      ['English', 'en', 'Room 1', /Receiving clients today/, 'Customer service specialist'],
    ] as const) {
      await display.getByRole('button', { name: button }).click();
      await expect.poll(() => display.locator('html').getAttribute('lang')).toBe(lang);
      const badge = display.locator('.display-badge');
      expect(await badge.getByText(position, { exact: true }).count()).toBe(1);
      expect(await badge.locator('.badge-position').getAttribute('lang')).toBe(lang);
      expect(await badge.getByText('Rēzeknes novada pašvaldība (paraugs)').count()).toBe(1);
      expect(await badge.getByText(room, { exact: true }).count()).toBe(1);
      expect(await badge.locator('.reception-today').textContent()).toMatch(today);
      await expectNoAxeViolations(display, `client display badge (${lang})`);
      await keepScreenshot(display, `directory-display-badge-${lang}`);
    }
    const nameSize = await display.getByRole('heading', { level: 1 }).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(nameSize).toBeGreaterThanOrEqual(60);
    await display.getByRole('button', { name: 'Latviski' }).click();
    await display.context().close();
  });

  it('says it is a public holiday on Christmas Eve instead of giving hours', async () => {
    const christmasEve = '2026-12-24T10:00:00+02:00';
    const holiday = await startPreview({ now: christmasEve });
    const display = await newPage(browser, { width: 1280, height: 800 }, christmasEve);
    await display.goto(holiday.url('display'));
    await display.getByRole('heading', { name: 'Laura Kalniņa', level: 1 }).waitFor();
    await display.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => display.locator('.display-badge .reception-today').textContent()).toMatch(/Public holiday/);
  });

  it('shows an English client a head’s translated position, and Latvian without any marker where the directory has no translation', async () => {
    const desk = await openDesk(browser, preview);
    const display = await newPage(browser, { width: 1280, height: 800 });
    await display.goto(preview.url('display'));
    await display.getByRole('heading', { name: 'Laura Kalniņa', level: 1 }).waitFor();
    await display.getByRole('button', { name: 'English' }).click();
    await nav(desk, 'Mana darbavieta');
    try {
      await desk.getByLabel('Kas apkalpo šajā darbavietā').selectOption('aija.liepina');
      await display.getByRole('heading', { name: 'Aija Liepiņa', level: 1 }).waitFor();
      const position = display.locator('.display-badge .badge-position');
      expect(await position.textContent()).toBe('Head of the Building Board');
      expect(await position.getAttribute('lang')).toBe('en');
      await expectNoAxeViolations(display, 'client display badge, translated position (en)');
      await keepScreenshot(display, 'directory-display-badge-en-translated-position');
      // Staff reading Latvian see her position in the feminine, as the directory's gender says.
      expect(await desk.getByTestId('serving').locator('.serving-position').textContent()).toBe('Būvvaldes vadītāja');

      await desk.getByLabel('Kas apkalpo šajā darbavietā').selectOption('marta.vitola');
      await display.getByRole('heading', { name: 'Marta Vītola', level: 1 }).waitFor();
      expect(await position.textContent()).toBe('Dzimtsarakstu nodaļas inspektore');
      expect(await position.getAttribute('lang')).toBe('lv');
      expect(await display.getByTestId('fallback-tag').count()).toBe(0);
      await expectNoAxeViolations(display, 'client display badge, Latvian position (en)');
      await keepScreenshot(display, 'directory-display-badge-en-latvian-position');
    } finally {
      await desk.getByLabel('Kas apkalpo šajā darbavietā').selectOption('laura.kalnina');
      await display.getByRole('heading', { name: 'Laura Kalniņa', level: 1 }).waitFor();
      await display.getByRole('button', { name: 'Latviski' }).click();
      await display.context().close();
      await desk.context().close();
    }
  });

  it('follows the desk live: another person, a break, closed, and back', async () => {
    const desk = await openDesk(browser, preview);
    const display = await newPage(browser, { width: 1280, height: 800 });
    await display.goto(preview.url('display'));
    await display.getByRole('heading', { name: 'Laura Kalniņa' }).waitFor();
    await nav(desk, 'Mana darbavieta');

    await desk.getByLabel('Kas apkalpo šajā darbavietā').selectOption('marta.vitola');
    await display.getByRole('heading', { name: 'Marta Vītola', level: 1 }).waitFor();
    expect(await display.getByText('Dzimtsarakstu nodaļas inspektore').count()).toBe(1);

    await desk.getByRole('button', { name: 'Pārtraukums' }).click();
    await display.getByText('Pārtraukums. Lūdzu, uzgaidiet!').waitFor();
    await keepScreenshot(display, 'directory-display-break');

    // With the time staff expect to be back, the display says it; without it, as before.
    await desk.getByLabel('Atpakaļ plkst.').fill('14:30');
    await display.getByText('Pārtraukums līdz plkst. 14:30. Lūdzu, uzgaidiet!').waitFor();
    await desk.getByText('Klienta ekrāns rāda: pārtraukums līdz plkst. 14:30.').waitFor();
    await expectNoAxeViolations(desk, 'desk on a break until 14:30');
    await keepScreenshot(display, 'directory-display-break-until');

    await desk.getByRole('button', { name: 'Slēgts' }).click();
    await display.getByRole('heading', { name: 'Darbavieta slēgta' }).waitFor();
    await expectNoAxeViolations(display, 'client display closed (lv)');
    await keepScreenshot(display, 'directory-display-closed');

    await desk.getByRole('button', { name: 'Apkalpoju' }).click();
    await desk.getByLabel('Kas apkalpo šajā darbavietā').selectOption('laura.kalnina');
    await display.getByRole('heading', { name: 'Laura Kalniņa', level: 1 }).waitFor();
    await desk.context().close();
    await display.context().close();
  });
});

describe('referral', () => {
  it('finds Bērziņa typed without diacritics and shows the referral card on the client display', async () => {
    const desk = await openDesk(browser, preview);
    const display = await newPage(browser, { width: 1280, height: 800 });
    await display.goto(preview.url('display'));
    await nav(desk, 'Darbinieki');
    await desk.getByLabel('Meklēt pēc vārda, amata, nodaļas vai pakalpojuma').fill('berzina');
    await expect.poll(() => desk.getByTestId('result-count').textContent()).toBe('Atrasti 2 darbinieki');
    const results = desk.getByRole('list', { name: 'Atrastie darbinieki' });
    const found = (await results.getByRole('button').allTextContents()).map((text) => text.slice(0, 12)).sort();
    expect(found).toEqual(['Ieva Bērziņa', 'Ilze Bērziņa']);
    await results.getByRole('button', { name: /Ilze Bērziņa/ }).click();
    const card = desk.locator('.person-card');
    for (const text of ['Sociālā darbiniece', '12', '+371 6460 1007', 'Pirmdiena']) expect(await card.textContent()).toContain(text);
    expect(await card.getByTestId('reception-status').textContent()).toMatch(/Pašlaik pieņem|Nākamais pieņemšanas laiks/);
    await expectNoAxeViolations(desk, 'staff and referrals (lv)');
    await keepScreenshot(desk, 'directory-referral-search');

    await desk.getByRole('button', { name: 'Rādīt klientam' }).click();
    await display.getByRole('heading', { name: 'Jums palīdzēs' }).waitFor();
    expect(await display.locator('.display-referral').textContent()).toContain('Ilze Bērziņa');
    expect(await display.getByText('Jūs apkalpo: Laura Kalniņa, Klientu apkalpošanas speciāliste').count()).toBe(1);
    await expectNoAxeViolations(display, 'client display referral (lv)');
    await keepScreenshot(display, 'directory-display-referral');

    await desk.getByLabel(/Meklēt/).fill('buvatlauja');
    await results.getByRole('button', { name: /Jānis Ozoliņš/ }).waitFor();
    await nav(desk, 'Klienta ekrāns');
    await desk.getByRole('button', { name: 'Rādīt klientam manu vizītkarti' }).click();
    await display.getByRole('heading', { name: 'Laura Kalniņa', level: 1 }).waitFor();
    await desk.context().close();
    await display.context().close();
  });

  it('prints a referral slip in Latvian', async () => {
    const desk = await openDesk(browser, preview);
    await nav(desk, 'Darbinieki');
    await desk.getByLabel(/Meklēt/).fill('Ilze');
    await desk.getByRole('button', { name: /Ilze Bērziņa/ }).click();
    await desk.getByRole('button', { name: 'Drukāt nosūtījumu' }).click();
    await expect.poll(() => desk.locator('html').getAttribute('data-printed')).toBe('1');
    const pdf = await printToPdf(desk, 'directory-referral-slip');
    expect(pdf.text).toContain('NOSŪTĪJUMS PIE SPECIĀLISTA');
    expect(pdf.text).toContain('Ilze Bērziņa');
    expect(pdf.text).toContain('+371 6460 1007');
    expect(pdf.text).toContain('Nosūtīja: Laura Kalniņa');
    expect(pdf.text).not.toContain('Darbinieki un nosūtīšana');
    await desk.context().close();
  });
});

describe('printing the desk sign and badge', () => {
  it('prints a folding A4 tent card with the name on both halves, in Latvian', async () => {
    const desk = await openDesk(browser, preview);
    await desk.getByRole('button', { name: 'Iestatījumi' }).click();
    await desk.getByLabel('Saskarnes valoda').selectOption('en');
    await nav(desk, 'My desk');
    await desk.getByRole('button', { name: 'Print desk sign' }).click();
    await expect.poll(() => desk.locator('html').getAttribute('data-printed')).toBe('1');
    const pdf = await printToPdf(desk, 'directory-desk-sign');
    expect(pdf.pages).toBe(1);
    expect(pdf.size).toContain('(A4)');
    expect(pdf.text.match(/Laura Kalniņa/g)).toHaveLength(2);
    expect(pdf.text).toContain('Pieņemšanas laiks');
    expect(pdf.text).toContain('Salocīt šeit');
    expect(pdf.text).not.toContain('My desk');

    await desk.getByRole('button', { name: 'Print name badge' }).click();
    await expect.poll(() => desk.locator('html').getAttribute('data-printed')).toBe('2');
    const badge = await printToPdf(desk, 'directory-badge-card');
    expect(badge.text).toContain('Klientu apkalpošanas speciāliste');
    expect(badge.text).toContain('Izgrieziet pa līniju');
    await desk.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await desk.getByLabel('Interface language').selectOption('');
    await desk.context().close();
  });
});
