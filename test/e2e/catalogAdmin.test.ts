import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { newPage, withChromiumAndPreview } from '../support/browser';
import { openCatalog, openService, options } from '../support/catalog';
import { startPreview, type Preview } from '../support/preview';
import { keepScreenshot } from '../support/screenshots';

let browser: Browser;
let preview: Preview;

withChromiumAndPreview((b, p) => {
  browser = b;
  preview = p;
});

describe('catalogue administration', () => {
  it('rejects an invalid import with its mistakes listed and changes nothing', async () => {
    const page = await openCatalog(browser, preview);
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
    const page = await openCatalog(browser, preview);
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
    expect(published.data.services.find((s: { id: string }) => s.id === 'dzivesvietas-deklaresana')).toMatchObject({
      processingDays: 2,
      name: { en: 'Declaring your residence' },
    });

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
