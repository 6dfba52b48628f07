import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { initShare } from '../../electron/main/services/register/sync/shareLayout';
import { expectNoAxeViolations } from '../support/axe';
import { newPage, withChromium } from '../support/browser';
import { startPreview } from '../support/preview';
import { keepScreenshot } from '../support/screenshots';
import { keepPdf, printed, restoreLastPrinted, stubPrintDialog } from '../support/pdf';

let browser: Browser;
withChromium((b) => (browser = b));

describe('the register at the desk', () => {
  it('registers an entry offline, sends it when the share is back, and a second desk shows it', async () => {
    const share = join(await mkdtemp(join(tmpdir(), 'laipni-e2e-share-')), 'share');
    const first = await startPreview({ args: ['--share-folder', share, '--desk', 'K1'] });
    const page = await newPage(browser);
    await page.goto(first.url('desk'));
    await page.getByRole('button', { name: 'Sūdzības un ierosinājumi' }).click();
    await page.getByRole('heading', { name: 'Sūdzības un ierosinājumi', level: 2 }).waitFor();
    const indicator = page.getByTestId('sync-indicator');
    await expect.poll(() => indicator.textContent()).toContain('Bezsaistē');
    expect(await indicator.textContent()).toContain('Koplietotā mape nav sasniedzama');

    await page.getByLabel('Par ko').selectOption('head_conduct');
    const preview = page.getByTestId('routing-preview');
    await expect.poll(() => preview.textContent()).toContain('Pašvaldības izpilddirektors');
    expect(await preview.textContent()).toContain('11.2. punkts');
    await page.getByLabel('Apraksts').fill('Vadītājs atteicās pieņemt iesniegumu');
    await page.getByRole('radio', { name: 'Vēlas atbildi: vārds un kontakts' }).check();
    await page.getByLabel('Klienta vārds').fill('Anna Paraudziņa');
    await page.getByLabel('Tālrunis, e-pasts vai adrese').fill('anna@example.lv');
    await page.getByRole('button', { name: 'Saglabāt' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Aizpildiet' }).textContent()).toContain('Klients piekrīt');
    await page.getByRole('checkbox', { name: /Klients piekrīt/ }).check();
    await expectNoAxeViolations(page, 'register form with client contact (lv)');
    await keepScreenshot(page, 'register-form-contact-lv');
    await page.getByRole('button', { name: 'Saglabāt' }).click();
    const saved = page.getByTestId('saved-number');
    await saved.waitFor();
    const number = /RNP-\d{4}\/K1-0001/.exec((await saved.textContent()) ?? '')?.[0];
    expect(number).toBeTruthy();
    await expect.poll(() => page.getByTestId('my-entries').textContent()).toContain(number!);
    expect(await page.getByTestId('my-entries').textContent()).toContain('Reģistrēts');
    await expect.poll(() => page.getByTestId('sync-waiting').textContent()).toBe('1 izmaiņa gaida nosūtīšanu');
    await expectNoAxeViolations(page, 'register offline (lv)');
    await keepScreenshot(page, 'register-offline-lv');

    await initShare(share, new Date(first.now));
    await indicator.getByRole('button', { name: 'Sinhronizēt tagad' }).click();
    await expect.poll(() => indicator.textContent(), { timeout: 15_000 }).toContain('Tiešsaistē');
    await expect.poll(() => page.getByTestId('sync-waiting').textContent()).toBe('nekas negaida nosūtīšanu');
    // The test's date is the whole world's: the desk must not blame its own clock for it.
    expect(await indicator.textContent()).not.toContain('pulkstenis');
    await keepScreenshot(page, 'register-online-lv');

    const second = await startPreview({ args: ['--share-folder', share, '--desk', 'K2'] });
    const other = await newPage(browser);
    await other.goto(second.url('desk'));
    await other.getByRole('button', { name: 'Sūdzības un ierosinājumi' }).click();
    await expect
      .poll(
        () =>
          other
            .getByTestId('my-entries')
            .textContent()
            .catch(() => ''),
        { timeout: 15_000 },
      )
      .toContain(number!);
    expect(await other.getByTestId('sync-indicator').textContent()).toContain('Tiešsaistē');
    await expectNoAxeViolations(other, 'register on a second desk (lv)');
    await keepScreenshot(other, 'register-second-desk-lv');
  });

  it('reads in English too, with the routing reason and the sync state in words', async () => {
    const preview = await startPreview({ args: ['--desk', 'K3'] });
    const page = await newPage(browser);
    await page.goto(preview.url('desk'));
    await page.getByRole('button', { name: 'Iestatījumi' }).click();
    await page.getByLabel('Saskarnes valoda').selectOption('en');
    await page.getByRole('button', { name: 'Complaints and suggestions' }).click();
    await page.getByLabel('About').selectOption('employee_conduct');
    const preview11 = page.getByTestId('routing-preview');
    await expect.poll(() => preview11.textContent()).toContain('rules §11.1');
    await expect.poll(() => page.getByTestId('sync-indicator').textContent()).toContain('Online');
    await expectNoAxeViolations(page, 'register (en)');
    await keepScreenshot(page, 'register-en');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Interface language').selectOption('');
  });

  it('names the reviewer before saving and prints the client a one-page receipt in the client’s language', async () => {
    const preview = await startPreview({ args: ['--desk', 'K4'] });
    const page = await newPage(browser);
    await stubPrintDialog(page);
    await page.goto(preview.url('desk'));
    await page.getByRole('button', { name: 'Sūdzības un ierosinājumi' }).click();
    await page.getByRole('heading', { name: 'Sūdzības un ierosinājumi', level: 2 }).waitFor();
    // The routing box says who, not only which role: a person from the directory with their position.
    const names = page.getByTestId('reviewer-names');
    await expect.poll(() => names.textContent().catch(() => '')).toMatch(/^Izskatīs: \S+ \S+, .+/);
    await page.getByLabel('Apraksts').fill('Rindā jāgaida vairāk nekā stunda');
    await page.getByRole('radio', { name: 'Vēlas atbildi: vārds un kontakts' }).check();
    await page.getByLabel('Klienta vārds').fill('Anna Paraudziņa');
    await page.getByLabel('Tālrunis, e-pasts vai adrese').fill('anna@example.lv');
    await page.getByRole('checkbox', { name: /Klients piekrīt/ }).check();
    await page.getByRole('button', { name: 'Saglabāt' }).click();
    const number = /RNP-\d{4}\/K4-0001/.exec((await page.getByTestId('saved-number').textContent()) ?? '')?.[0];
    expect(number).toBeTruthy();
    await expectNoAxeViolations(page, 'register: saved, receipt actions (lv)');
    await keepScreenshot(page, 'register-receipt-actions-lv');

    // Keyboard: the language and the print button are reached with Tab and work with Enter.
    await page.getByLabel('Apliecinājuma valoda').focus();
    await page.keyboard.press('Tab');
    await page.getByLabel('Apliecinājuma valoda').selectOption('ltg');
    await page.getByRole('button', { name: 'Drukāt apliecinājumu klientam' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await printed(page)).length).toBe(1);
    const sheet = (await printed(page))[0]!;
    expect(sheet).toContain('Apliecynuojums par īsnīguma registreišonu');
    expect(sheet).toContain(number!);
    expect(sheet).not.toContain('Paraudziņa');
    expect(await page.getByTestId('print-sheet').count()).toBe(0);

    await restoreLastPrinted(page);
    const pdf = await keepPdf(page, 'register-receipt-ltg');
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain(number!);
    expect(pdf.text).toContain('Kas nūtiks tuoļuok');
    expect(pdf.text).not.toContain('Galvenā navigācija');
    await page.close();
  });
});
