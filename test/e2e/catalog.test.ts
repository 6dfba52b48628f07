import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { launchChromium, newPage } from '../support/browser';
import { keepPdf, printed, restoreLastPrinted, stubPrintDialog } from '../support/pdf';
import { startPreview, type Preview } from '../support/preview';
import { keepScreenshot } from '../support/screenshots';

let browser: Browser;
let preview: Preview;

beforeAll(async () => {
  [browser, preview] = await Promise.all([launchChromium(), startPreview()]);
});
afterAll(async () => {
  await browser?.close();
  await preview?.stop();
});

async function openCatalog(): Promise<Page> {
  const page = await newPage(browser);
  await stubPrintDialog(page);
  await page.goto(preview.url('desk'));
  await page.getByRole('navigation', { name: 'Galvenā navigācija' }).getByRole('button', { name: 'Pakalpojumi' }).click();
  await page.getByRole('combobox', { name: 'Meklēt pakalpojumu' }).waitFor();
  return page;
}

const options = (page: Page) => page.getByRole('listbox').getByRole('option');

async function openService(page: Page, query: string, name: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Meklēt pakalpojumu' });
  await box.fill(query);
  await expect.poll(() => options(page).first().textContent()).toContain(name);
  await box.press('Enter');
  await page.getByRole('heading', { name, level: 2 }).waitFor();
}

describe('the service catalogue at the desk', () => {
  it('finds services typed without diacritics, with a typo and half-typed, using only the keyboard', async () => {
    const page = await openCatalog();
    expect(await page.getByTestId('catalog-version').textContent()).toBe('Katalogs: versija 1, publicēts 2026. gada 1. oktobris');
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
    await expect.poll(() => options(page).allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Iesnieguma pieņemšana un reģistrēšana')]));

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
    expect(await page.getByTestId('specialists').textContent()).toContain('pieņemšanas laiks nav zināms');
    await expectNoAxeViolations(page, 'service page (lv)');
    await keepScreenshot(page, 'catalog-service-page');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    expect(await box.inputValue()).toBe('pabalst');
    await page.close();
  });

  it('shows a service on the client display in the language the client chose', async () => {
    const display = await newPage(browser, { width: 1280, height: 900 });
    await display.goto(preview.url('display'));
    await display.getByRole('button', { name: 'English' }).click();
    await display.getByRole('heading', { name: 'Welcome!' }).waitFor();

    const desk = await openCatalog();
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
    const page = await openCatalog();
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

  it('helps write an application, prints it for signature and keeps nothing about the client', async () => {
    const page = await openCatalog();
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
    for (const text of ['IESNIEGUMS', 'Sociālais dienests', 'Rēzeknes novada pašvaldība (paraugs)', 'Jānis Paraudziņš', 'Liepu iela 7', 'Mājokļa pabalsts', 'Personu apliecinošs dokuments', 'Paraksts']) {
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
    const page = await openCatalog();
    await page.getByRole('button', { name: 'Kā iesniegt sūdzību' }).click();
    await page.getByRole('heading', { name: 'Kā iesniegt sūdzību', level: 1 }).waitFor();
    expect(await page.getByTestId('complaint-deadline').textContent()).toContain('10 darba dienu laikā');
    await expectNoAxeViolations(page, 'complaint sheet (lv)');
    for (const [lang, title] of [['ltg', 'Kai īsnīgt sūdzeibu'], ['en', 'How to submit a complaint']] as const) {
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

describe('catalogue administration', () => {
  it('rejects an invalid import with its mistakes listed and changes nothing', async () => {
    const page = await openCatalog();
    const shareFile = join(preview.dataDir, 'share', 'catalog', 'services.json');
    const before = await readFile(shareFile, 'utf8');
    await page.getByRole('button', { name: 'Pārvaldīt katalogu' }).click();
    await page.getByRole('heading', { name: 'Kataloga pārvaldība' }).waitFor();
    await expectNoAxeViolations(page, 'catalogue administration (lv)');
    const csv = 'id,name_lv,processing_days,last_reviewed\nLabs ID,,desmit,2026-02-30\n';
    await page.getByLabel('Importēt no faila').setInputFiles({ name: 'pakalpojumi.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const alert = page.getByRole('alert').filter({ hasText: 'Imports noraidīts' });
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('Nekas netika mainīts');
    expect(text).toContain('2. rinda, id');
    expect(text).toContain('identifikators: tikai mazie latīņu burti');
    expect(text).toContain('2. rinda, name_lv');
    expect(text).toContain('nav aizpildīts (obligāts)');
    expect(text).toContain('jābūt skaitlim');
    expect(text).toContain('2. rinda, last_reviewed');
    expect(text).toContain('jābūt datumam GGGG-MM-DD');
    await expectNoAxeViolations(page, 'rejected import (lv)');
    await keepScreenshot(page, 'catalog-import-rejected');
    expect(await readFile(shareFile, 'utf8')).toBe(before);
    expect(await page.getByTestId('catalog-version').textContent()).toContain('versija 1,');
    await page.close();
  });
});

describe('catalogue publishing', () => {
  it('exports the catalogue, publishes a corrected file after confirmation, and edits a service in the app', async () => {
    const page = await openCatalog();
    await page.getByRole('button', { name: 'Pārvaldīt katalogu' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksportēt CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('laipni-pakalpojumi-v1.csv');
    const rows = Papa.parse<string[]>((await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(61);
    const corrected = Papa.unparse(rows.filter((r) => r[0] !== 'mirsanas-registracija'));

    await page.getByLabel('Importēt no faila').setInputFiles({ name: 'labots.csv', mimeType: 'text/csv', buffer: Buffer.from(corrected) });
    await page.getByText('Failā ir 59 derīgi pakalpojumi. Aizstāt publicēto katalogu ar tiem?').waitFor();
    expect(await page.getByTestId('catalog-version').textContent()).toContain('versija 1,');
    await page.getByRole('button', { name: 'Aizstāt un publicēt' }).click();
    await page.getByText('Publicēta kataloga versija 2.').waitFor();
    expect(await page.getByTestId('catalog-version').textContent()).toContain('versija 2,');
    expect(await page.getByText('Parauga dati — nav īsti pakalpojumi').count()).toBe(0);
    expect(await options(page).count()).toBe(59);

    await openService(page, 'dzivesvietas deklaresana', 'Dzīvesvietas deklarēšana');
    await page.getByRole('button', { name: 'Labot' }).click();
    await page.getByRole('heading', { name: 'Pakalpojuma labošana' }).waitFor();
    await expectNoAxeViolations(page, 'service editor (lv)');
    await page.getByLabel('Izpildes termiņš (darba dienās)').fill('desmit');
    await page.getByRole('button', { name: 'Saglabāt un publicēt' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('Laukā „Izpildes termiņš (darba dienās)” jābūt skaitlim.');
    await page.getByLabel('Izpildes termiņš (darba dienās)').fill('2');
    await page.getByRole('group', { name: 'Nosaukums' }).getByLabel('English').fill('Declaring your residence');
    await keepScreenshot(page, 'catalog-service-editor');
    await page.getByRole('button', { name: 'Saglabāt un publicēt' }).click();
    await page.getByRole('heading', { name: 'Dzīvesvietas deklarēšana', level: 2 }).waitFor();
    expect(await page.getByTestId('processing-time').textContent()).toBe('2 darba dienas');
    await page.getByRole('button', { name: /Atpakaļ uz meklēšanu/ }).click();
    expect(await page.getByTestId('catalog-version').textContent()).toContain('versija 3,');
    const published = JSON.parse(await readFile(join(preview.dataDir, 'share', 'catalog', 'services.json'), 'utf8'));
    expect(published.data.services.find((s: { id: string }) => s.id === 'dzivesvietas-deklaresana')).toMatchObject({ processingDays: 2, name: { en: 'Declaring your residence' } });

    await page.getByRole('button', { name: 'Labot izskatīšanas kārtību' }).click();
    await page.getByLabel('Atbildes termiņš (darba dienās)').fill('15');
    expect(await page.getByTestId('review-preview').textContent()).toContain('15 darba dienu laikā');
    await expectNoAxeViolations(page, 'review procedure editor (lv)');
    await keepScreenshot(page, 'catalog-review-editor');
    await page.getByRole('button', { name: 'Saglabāt un publicēt' }).click();
    await page.getByText('Izskatīšanas kārtība publicēta (versija 4).').waitFor();
    await page.getByRole('button', { name: 'Aizvērt pārvaldību' }).click();
    await openService(page, 'suns', 'Suņa reģistrācija un nodevas maksāšana');
    expect(await page.getByTestId('review-procedure').textContent()).toContain('15 darba dienu laikā');
    await page.close();
  });
});

describe('the catalogue in the English staff interface', () => {
  it('searches English names and shows the service page in English', async () => {
    const english = await startPreview();
    try {
      const page = await newPage(browser);
      await page.goto(english.url('desk'));
      await page.getByRole('button', { name: 'Iestatījumi' }).click();
      await page.getByLabel('Saskarnes valoda').selectOption('en');
      await page.getByRole('button', { name: 'Services' }).click();
      const box = page.getByRole('combobox', { name: 'Search services' });
      await box.pressSequentially('declaring resid');
      await expect.poll(() => options(page).first().textContent()).toContain('Declaring a place of residence');
      await expectNoAxeViolations(page, 'catalogue search (en)');
      await box.press('Enter');
      await page.getByRole('heading', { name: 'Declaring a place of residence', level: 2 }).waitFor();
      expect(await page.getByTestId('processing-time').textContent()).toBe('1 working day');
      await expectNoAxeViolations(page, 'service page (en)');
      await keepScreenshot(page, 'catalog-service-page-en');
      await page.close();
    } finally {
      await english.stop();
    }
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
