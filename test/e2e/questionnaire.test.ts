import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { withChromiumAndPreview } from '../support/browser';
import { nav, openDesk } from '../support/deskPage';
import type { Preview } from '../support/preview';
import { keepScreenshot } from '../support/screenshots';

let browser: Browser;
let preview: Preview;
withChromiumAndPreview((b, p) => {
  browser = b;
  preview = p;
});

describe('staff questionnaires', () => {
  it('shows results for six answers, none for four, and a fifth anonymous answer opens them', async () => {
    const page = await openDesk(browser, preview);
    await nav(page, 'Darbinieku aptaujas');
    await page.getByRole('heading', { name: 'Darbinieku aptaujas' }).waitFor();
    const item = (title: string) => page.getByRole('listitem').filter({ hasText: title });

    await item('Darba slodze (paraugs)').getByRole('button', { name: 'Rezultāti' }).click();
    const results = page.getByTestId('questionnaire-results');
    await expect.poll(() => results.textContent()).toContain('Atbildes: 6');
    expect(await results.getByRole('table', { name: /Cik noslogots/ }).textContent()).toContain('vidēji 3.5');
    await expectNoAxeViolations(page, 'questionnaire results (6 answers)');
    await keepScreenshot(page, 'questionnaire-results-6');
    // Exported like the survey: CSV is one table per file, in a ZIP.
    const download = page.waitForEvent('download');
    await results.getByRole('button', { name: 'Lejupielādēt CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^darbinieku-aptauja-.*-csv\.zip$/);
    const zip = await JSZip.loadAsync(await readFile((await file.path())!));
    expect(Object.keys(zip.files)[0]).toBe('01-kopsavilkums.csv');
    expect(await zip.file('01-kopsavilkums.csv')!.async('string')).toContain('Darba slodze (paraugs);RNP;');
    expect(await zip.file('02-1-jautajums.csv')!.async('string')).toContain('Vidēji;3.5');

    await item('Darba telpas (paraugs)').getByRole('button', { name: 'Rezultāti' }).click();
    await expect.poll(() => results.textContent()).toContain('Atbildējuši mazāk nekā 5: rezultāti netiek rādīti.');
    expect(await results.getByRole('table').count()).toBe(0);

    await item('Darba telpas (paraugs)').getByRole('button', { name: 'Atbildēt' }).click();
    await page.getByRole('radio', { name: '4' }).check();
    await expectNoAxeViolations(page, 'questionnaire answer form');
    await keepScreenshot(page, 'questionnaire-answer');
    await page.getByRole('button', { name: 'Nosūtīt anonīmi' }).click();
    await expect.poll(() => item('Darba telpas (paraugs)').getByRole('button', { name: 'Atbildēt' }).count()).toBe(0);
    expect(await item('Darba telpas (paraugs)').textContent()).not.toContain('nav atbildēts');
    await item('Darba telpas (paraugs)').getByRole('button', { name: 'Rezultāti' }).click();
    await expect.poll(() => results.textContent()).toContain('Atbildes: 5');
  });

  it('lets an admin write and publish a questionnaire for the whole municipality, after translated messages for what is missing', async () => {
    const page = await openDesk(browser, preview);
    await nav(page, 'Darbinieku aptaujas');
    await page.getByRole('button', { name: 'Sastādīt jaunu aptauju' }).click();
    await page.getByRole('button', { name: 'Publicēt' }).click();
    const problems = page.getByTestId('questionnaire-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('1. jautājumam nav teksta.');
    await expectNoAxeViolations(page, 'questionnaire editor with problems');
    await keepScreenshot(page, 'questionnaire-editor-problems');

    await page.getByRole('textbox', { name: 'Nosaukums' }).fill('Iekšējā komunikācija');
    await page.getByRole('radio', { name: 'Visas pašvaldības darbiniekiem' }).check();
    // The preview's clock is 7 December 2026.
    await page.getByLabel('Pēdējā atbilžu diena').fill('2026-12-31');
    await page.getByRole('textbox', { name: 'Jautājuma teksts' }).fill('Vai saņemat vajadzīgo informāciju laikā?');
    await page.getByRole('combobox', { name: 'Atbildes veids' }).selectOption({ label: 'Viena izvēle' });
    await page.getByRole('textbox', { name: 'Izvēles, katra savā rindā' }).fill('Vienmēr\nDažreiz\nReti');
    await page.getByRole('button', { name: 'Pievienot jautājumu' }).click();
    await page.getByRole('textbox', { name: 'Jautājuma teksts' }).nth(1).fill('Ko mainīt?');
    await page.getByRole('combobox', { name: 'Atbildes veids' }).nth(1).selectOption({ label: 'Brīvs teksts' });
    await expectNoAxeViolations(page, 'questionnaire editor filled in');
    await keepScreenshot(page, 'questionnaire-editor');
    await page.getByRole('button', { name: 'Publicēt' }).focus();
    await page.keyboard.press('Enter');

    await page.getByTestId('questionnaire-published').waitFor();
    expect(await page.getByTestId('questionnaire-published').textContent()).toContain('līdz 2026-12-31');
    const item = page.getByRole('listitem').filter({ hasText: 'Iekšējā komunikācija' });
    await item.getByRole('button', { name: 'Atbildēt' }).click();
    expect(await page.getByRole('radio', { name: 'Dažreiz' }).count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Ko mainīt?' }).count()).toBe(1);
  });
});
