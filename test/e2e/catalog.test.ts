import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { newPage, withChromiumAndPreview } from '../support/browser';
import { openCatalog, openService, options } from '../support/catalog';
import { keepPdf, printed, restoreLastPrinted } from '../support/pdf';
import type { Preview } from '../support/preview';
import { keepScreenshot } from '../support/screenshots';

let browser: Browser;
let preview: Preview;

withChromiumAndPreview((b, p) => {
  browser = b;
  preview = p;
});

describe('the service catalogue at the desk', () => {
  it('finds services typed without diacritics, with a typo and half-typed, using only the keyboard', async () => {
    const page = await openCatalog(browser, preview);
    expect(await page.getByTestId('catalog-version').textContent()).toBe('Katalogs: versija 1, publicēts 2026. gada 1. oktobrī');
    expect(await page.getByText('Parauga dati — nav īsti pakalpojumi').count()).toBe(1);
    await expectNoAxeViolations(page, 'catalogue search (lv)');

    const box = page.getByRole('combobox', { name: 'Meklēt pakalpojumu' });
    await box.pressSequentially('deklaret');
    await expect.poll(async () => (await options(page).allTextContents()).slice(0, 3).join('|')).toContain('Dzīvesvietas deklarēšana');
    await keepScreenshot(page, 'catalog-search-deklaret');

    await box.press('Escape');
    expect(await box.inputValue()).toBe('');
    await box.pressSequentially('buvatlaja');
    await expect.poll(() => options(page).first().textContent()).toContain('Būvatļaujas saņemšana');
    await box.press('Escape');
    await box.pressSequentially('iesniegums');
    await expect
      .poll(() => options(page).allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('Iesnieguma pieņemšana un reģistrēšana')]));

    await box.fill('');
    await box.pressSequentially('pabalst');
    await expect.poll(() => options(page).count()).toBeGreaterThan(2);
    await box.press('ArrowDown');
    await box.press('ArrowDown');
    const chosen = (await page.locator('[role=option][aria-selected=true] .service-result-name').textContent())!;
    expect(await box.getAttribute('aria-activedescendant')).toMatch(/^service-option-/);
    await box.press('Enter');
    await page.getByRole('heading', { name: chosen, level: 2 }).waitFor();
    expect(await page.getByTestId('review-procedure').textContent()).toContain('10 darba dienu laikā');
    // Specialists come from the staff directory, each with whether they receive clients now.
    const specialists = (await page.getByTestId('specialists').textContent())!;
    expect(specialists).not.toContain('pieņemšanas laiks nav zināms');
    expect(specialists).toMatch(/pieņem tagad|šobrīd nepieņem/);
    await expectNoAxeViolations(page, 'service page (lv)');
    await keepScreenshot(page, 'catalog-service-page');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    expect(await box.inputValue()).toBe('pabalst');

    // The menu's "Pakalpojumi" while a service is open goes back to the list too.
    await box.press('Enter');
    await page.getByTestId('review-procedure').waitFor();
    await page.getByRole('navigation').getByRole('button', { name: 'Pakalpojumi' }).click();
    await page.getByRole('combobox', { name: 'Meklēt pakalpojumu' }).waitFor();
    expect(await page.getByTestId('review-procedure').count()).toBe(0);
    // Tab out of the box lands on the results, not nowhere.
    await page.getByRole('combobox', { name: 'Meklēt pakalpojumu' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listbox');
    await page.close();
  });

  it('tells staff which parts a Latgalian client reads in Latvian, while the client’s screen shows them without a marker', async () => {
    const display = await newPage(browser, { width: 1280, height: 900 });
    await display.goto(preview.url('display'));
    await display.getByRole('button', { name: 'Latgaliski' }).click();
    await display.locator('html[lang=ltg]').waitFor();
    const desk = await openCatalog(browser, preview);
    try {
      await openService(desk, 'berna dzimsanas registracija', 'Bērna dzimšanas reģistrācija');
      // The sample translates this service's name into Latgalian but not its description, steps, institution or forms.
      await expect
        .poll(() => desk.getByTestId('translation-notice').textContent())
        .toBe('Klienta valodā (Latgaliešu) nav tulkojuma: apraksts, soļi, iestāde, veidlapas. Klients šīs daļas redz latviski.');
      await expectNoAxeViolations(desk, 'service page with the translation notice (lv staff, ltg client)');
      await keepScreenshot(desk, 'catalog-service-page-translation-notice');

      await desk.getByRole('button', { name: 'Rādīt klientam' }).click();
      await display.locator('.display-service').waitFor();
      expect(await display.locator('.display-service-body').getAttribute('lang')).toBe('ltg');
      expect(await display.getByTestId('fallback-tag').count()).toBe(0);
      expect(await display.locator('.display-service').innerText()).not.toMatch(/\bLV\b/);
      await expectNoAxeViolations(display, 'service on the client display with Latvian fallbacks (ltg)');
      await keepScreenshot(display, 'display-service-ltg-fallback');
    } finally {
      await display.getByRole('button', { name: 'Latviski' }).click();
      await desk.close();
      await display.close();
    }
  });

  it('shows a service on the client display in the language the client chose', async () => {
    const display = await newPage(browser, { width: 1280, height: 900 });
    await display.goto(preview.url('display'));
    await display.getByRole('button', { name: 'English' }).click();
    await display.locator('html[lang=en]').waitFor();

    const desk = await openCatalog(browser, preview);
    await openService(desk, 'dzivesvietas deklaresana', 'Dzīvesvietas deklarēšana');
    await desk.getByRole('button', { name: 'Rādīt klientam' }).click();
    await desk.getByText('Klienta ekrānā tagad: Declaring a place of residence (English)').waitFor();
    await desk.getByRole('button', { name: 'Klienta ekrāns' }).click();
    expect(await desk.getByTestId('display-view').textContent()).toBe('pakalpojums: Declaring a place of residence');

    await display.getByRole('heading', { name: 'Declaring a place of residence', level: 1 }).waitFor();
    expect(await display.locator('html').getAttribute('lang')).toBe('en');
    expect(await display.getByTestId('processing-time').textContent()).toBe('1 working day');
    expect(await display.getByTestId('review-procedure').textContent()).toContain('within 10 working days');
    expect(await display.getByText('Documents needed').count()).toBe(1);
    await expectNoAxeViolations(display, 'service on the client display (en)');
    await keepScreenshot(display, 'display-service-en');
    await display.getByRole('button', { name: 'Latgaliski' }).click();
    await display.getByRole('heading', { name: 'Dzeivesvītys deklaruošona', level: 1 }).waitFor();
    await keepScreenshot(display, 'display-service-ltg');
    await display.getByRole('button', { name: 'Latviski' }).click();
    await desk.close();
    await display.close();
  });

  it('prints a one-page handout in the chosen language and hands out the service’s form', async () => {
    const page = await openCatalog(browser, preview);
    await openService(page, 'buvatlauja', 'Būvatļaujas saņemšana');
    await page.getByLabel('Izdales lapas valoda').selectOption('en');
    await page.getByRole('button', { name: 'Drukāt izdales lapu' }).click();
    await expect.poll(async () => (await printed(page)).length).toBe(1);
    expect((await printed(page))[0]).toContain('Building permit');
    const pdf = await keepPdf(page, 'handout-buvatlauja-en');
    expect(pdf.pages).toBe(1);
    for (const text of ['Building permit', 'SAMPLE', 'Documents needed', '30 working days', 'within 10 working days', 'Opening hours']) {
      expect(pdf.text).toContain(text);
    }
    expect(pdf.text).not.toContain('Galvenā navigācija');

    const [form] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lejupielādēt drukāšanai: Iesniegums: Būvatļaujas saņemšana' }).click(),
    ]);
    expect(form.suggestedFilename()).toBe('buvatlauja.pdf');
    expect((await readFile(await form.path())).subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('goes from a service’s responsible specialist to their referral card, and the handout has their room, phone and a QR code of the portal', async () => {
    const page = await openCatalog(browser, preview);
    await openService(page, 'buvatlauja', 'Būvatļaujas saņemšana');
    const specialists = page.getByTestId('specialists');
    const refer = specialists.getByRole('button', { name: /^Nosūtīt pie: / }).first();
    const name = ((await refer.getAttribute('aria-label')) ?? '').replace('Nosūtīt pie: ', '');
    expect(name).not.toBe('');
    // Keyboard: the button is reached and pressed without the mouse; the card's heading takes focus.
    await refer.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Nosūtījums: Būvatļaujas saņemšana', level: 2 }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('referral-title');
    await page.getByRole('heading', { name, level: 3 }).waitFor();
    await expectNoAxeViolations(page, 'referral card from the catalogue (lv)');
    await keepScreenshot(page, 'catalog-specialist-referral');
    await page.getByRole('button', { name: 'Drukāt nosūtījumu' }).click();
    await expect.poll(async () => (await printed(page)).length).toBe(1);
    expect((await printed(page))[0]).toContain(name);
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { name: 'Būvatļaujas saņemšana', level: 2 }).waitFor();

    await page.getByLabel('Izdales lapas valoda').selectOption('lv');
    await page.getByRole('button', { name: 'Drukāt izdales lapu' }).click();
    await expect.poll(async () => (await printed(page)).length).toBe(2);
    const sheet = (await printed(page))[1]!;
    expect(sheet).toMatch(new RegExp(`${name}, [^—]+ — \\S+\\. kabinets, tālr\\. \\+371`));
    // The sheet is hidden on screen (it is for paper), so it is found by its markup, not its role.
    expect(await page.locator('[data-testid=print-sheet] svg.qr-code[role=img][aria-label^="QR kods saitei https://"]').count()).toBe(1);
    const pdf = await keepPdf(page, 'handout-buvatlauja-qr-lv');
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('noskenējiet kodu ar tālruni');
    await page.close();
  });

  it('helps write an application, prints it for signature and keeps nothing about the client', async () => {
    const page = await openCatalog(browser, preview);
    await openService(page, 'majokla pabalsts', 'Mājokļa pabalsts');
    await page.getByRole('button', { name: 'Palīdzēt uzrakstīt iesniegumu' }).click();
    await page.getByRole('heading', { name: 'Rakstiska iesnieguma palīgs' }).waitFor();
    expect(await page.getByLabel('Iestāde').inputValue()).toBe('Rēzeknes novada pašvaldība (paraugs)');
    expect(await page.getByLabel('Adresāts').inputValue()).toBe('Sociālais dienests');
    expect(await page.getByLabel('Temats').inputValue()).toBe('Mājokļa pabalsts');
    await expectNoAxeViolations(page, 'written request helper (lv)');

    await page.getByRole('button', { name: 'Drukāt parakstīšanai' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('Aizpildiet: Iesniedzējs (vārds, uzvārds).');
    await page.getByLabel('Iesniedzējs (vārds, uzvārds)').fill('Jānis Paraudziņš');
    await page.getByLabel('Adrese saziņai').fill('Liepu iela 7, Rēzekne');
    await page.getByLabel('Ienākumus apliecinoši dokumenti par pēdējiem 3 mēnešiem').uncheck();
    await keepScreenshot(page, 'written-request-filled');
    await page.getByRole('button', { name: 'Drukāt parakstīšanai' }).click();
    await expect.poll(async () => (await printed(page)).length).toBe(1);
    const sheet = (await printed(page))[0]!;
    for (const text of [
      'IESNIEGUMS',
      'Sociālais dienests',
      'Rēzeknes novada pašvaldība (paraugs)',
      'Jānis Paraudziņš',
      'Liepu iela 7',
      'Mājokļa pabalsts',
      'Personu apliecinošs dokuments',
      'Paraksts',
    ]) {
      expect(sheet).toContain(text);
    }
    expect(sheet).not.toContain('Ienākumus apliecinoši');

    await page.getByText('Iesniegums nosūtīts drukāšanai; klienta dati notīrīti.').waitFor();
    expect(await page.getByLabel('Iesniedzējs (vārds, uzvārds)').inputValue()).toBe('');
    expect(await page.getByLabel('Adrese saziņai').inputValue()).toBe('');
    expect(await page.getByTestId('print-sheet').count()).toBe(0);
    expect(await page.content()).not.toContain('Paraudziņš');
    expect(await filesMentioning(preview.dataDir, 'Paraudziņš')).toEqual([]);

    await restoreLastPrinted(page);
    const pdf = await keepPdf(page, 'written-request');
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('IESNIEGUMS');
    expect(pdf.text).toContain('Jānis Paraudziņš');
    await page.close();
  });

  it('keeps the complaint sheet one click away, in lv, ltg and en, on one printed page and on the client display', async () => {
    const page = await openCatalog(browser, preview);
    await page.getByRole('button', { name: 'Kā iesniegt sūdzību' }).click();
    await page.getByRole('heading', { name: 'Kā iesniegt sūdzību', level: 1 }).waitFor();
    expect(await page.getByTestId('complaint-deadline').textContent()).toContain('10 darba dienu laikā');
    await expectNoAxeViolations(page, 'complaint sheet (lv)');
    for (const [lang, title] of [
      ['ltg', 'Kai īsnīgt sūdzeibu'],
      ['en', 'How to submit a complaint'],
    ] as const) {
      await page.getByLabel('Lapas valoda').selectOption(lang);
      await page.getByRole('heading', { name: title, level: 1 }).waitFor();
      await expectNoAxeViolations(page, `complaint sheet (${lang})`);
    }
    await keepScreenshot(page, 'complaint-sheet-en');
    await page.getByRole('button', { name: 'Drukāt', exact: true }).click();
    await expect.poll(async () => (await printed(page)).length).toBe(1);
    const pdf = await keepPdf(page, 'complaint-sheet-en');
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('How to submit a complaint');
    expect(pdf.text).toContain('executive director');

    const display = await newPage(browser, { width: 1280, height: 900 });
    await display.goto(preview.url('display'));
    await display.getByRole('button', { name: 'Latgaliski' }).click();
    await page.getByRole('button', { name: 'Rādīt klientam' }).click();
    await display.getByRole('heading', { name: 'Kai īsnīgt sūdzeibu', level: 1 }).waitFor();
    expect(await display.getByTestId('complaint-deadline').textContent()).toContain('10 dorba dīnu laikā');
    await expectNoAxeViolations(display, 'complaint sheet on the client display (ltg)');
    await keepScreenshot(display, 'display-complaint-ltg');
    await display.getByRole('button', { name: 'Latviski' }).click();
    await display.close();
    await page.close();
  });
});

async function filesMentioning(dir: string, needle: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if ((await readFile(path, 'utf8')).includes(needle)) found.push(path);
  }
  return found;
}
