import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe';
import { callApi, cellUnder, HEAD, reviewDesk } from '../support/reviewPreview';
import { keepScreenshot } from '../support/screenshots';

const { as, inbox, inboxOf } = reviewDesk();

describe('data protection: retention under the archive’s act, and data-subject requests', () => {
  it('lists entries past retention without personal data for the archive, and destroys them only under an approved act that the entry then shows', async () => {
    const page = await as(HEAD);
    await page.getByRole('button', { name: 'Datu aizsardzība' }).click();
    await page.getByRole('heading', { name: '1 ieraksts iznīcināšanai' }).waitFor({ timeout: 20_000 });
    // No nomenclature is published in preview: the built-in periods say so.
    expect(await page.getByTestId('retention-table').textContent()).toContain('nav publicēts (iebūvētais termiņš)');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Saraksts arhīva saskaņošanai (XLSX)' }).click();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(await (await download).path())) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    expect(headers).not.toContain('Klients');
    expect(cellUnder(sheet, 2, 'Nomenklatūras lieta')).toBe('nav publicēts');
    const cells: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => void cells.push(String(c.value))));
    expect(cells.join(' ')).not.toContain('Pēteris');
    await expectNoAxeViolations(page, 'data protection (head)');

    const number = (await page.getByTestId('due-list').locator('tbody td').first().textContent())!;
    await page.getByRole('button', { name: 'Iznīcināt' }).click();
    await page.getByText('Ievadiet akta numuru.').waitFor();
    await page.getByLabel('Akta numurs').fill('7/2026');
    await page.getByLabel('Akta datums').fill('01.01.2100');
    await page.getByRole('button', { name: 'Iznīcināt' }).click();
    await page.getByText('Akta datums nevar būt nākotnē.').waitFor();
    await expectNoAxeViolations(page, 'act form with problems (head)');
    await keepScreenshot(page, 'review-destruction-act-form');
    await page.getByLabel('Akta datums').fill('02.01.2026');
    await page.getByRole('button', { name: 'Iznīcināt' }).click();
    await page.getByRole('alertdialog').waitFor();
    await expectNoAxeViolations(page, 'destruction confirmation (head)');
    await page.getByRole('button', { name: 'Jā, iznīcināt' }).click();
    await page.getByText('Iznīcināts 1 ieraksts ar aktu Nr. 7/2026.').waitFor();
    await keepScreenshot(page, 'review-destroyed');

    await page.getByRole('button', { name: 'Iesniegumu izskatīšana' }).click();
    await page.getByLabel('Meklēt tekstā').fill(number);
    await inboxOf(page, 1);
    await page.getByTestId('inbox-row').click();
    await page.locator('.entry-fields').getByText('Anonīms').waitFor();
    expect(await page.locator('.entry-fields').textContent()).toMatch(/Iznīcināts .* ar aktu Nr\. 7\/2026 \(02\.01\.2026\)/);
    expect(await page.locator('.entry-page').textContent()).not.toContain('Pēteris');
    expect(await page.locator('.history').textContent()).toContain('akts Nr. 7/2026, 02.01.2026');
  });

  it('exports everything held about a named person for a data-subject request', async () => {
    const page = await as(HEAD);
    await inbox(page, 10);
    const about = (await callApi(page, 'review:inbox', { filter: { text: 'berzins' }, sort: { by: 'registeredAt', dir: 'desc' }, offset: 0, limit: 10 }))
      .value as { rows: Array<{ id: string }> };
    expect(about.rows).toHaveLength(1);
    expect((await callApi(page, 'review:act', { id: about.rows[0]!.id, act: { action: 'start' } })).ok).toBe(true);
    expect((await callApi(page, 'review:note', { id: about.rows[0]!.id, text: 'Runāju ar būvinspektoru' })).ok).toBe(true);
    await page.getByRole('button', { name: 'Datu aizsardzība' }).click();
    await page.getByLabel('Personas vārds un uzvārds').fill('janis berzins');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Eksportēt visu par šo personu (XLSX)' }).click();
    await page.getByRole('status').filter({ hasText: 'Fails sagatavots' }).waitFor();
    await expectNoAxeViolations(page, 'data protection, data-subject request made (head)');
    await keepScreenshot(page, 'review-data-subject-request');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(await (await download).path())) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Pieprasījums', 'Ieraksti', 'Piezīmes', 'Vēsture']);
    const entries = book.getWorksheet('Ieraksti')!;
    expect(entries.rowCount).toBe(2);
    expect(cellUnder(entries, 2, 'Klients')).toBe('Jānis Bērziņš');
    expect(cellUnder(entries, 2, 'Kur minēta')).toBe('klients, klienta kontakts');
    const request = book.getWorksheet('Pieprasījums')!;
    const said = request.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : []));
    expect(said.some((c) => c.startsWith('Meklēts tikai ierakstos, kurus sagatavotājs drīkst redzēt.'))).toBe(true);
    const history = book.getWorksheet('Vēsture')!;
    const cells = history.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : []));
    expect(cells.some((c) => c.includes('Runāju ar būvinspektoru'))).toBe(true);
  });
});
