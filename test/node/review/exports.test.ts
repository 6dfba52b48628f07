import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract/result';
import { createReviewHandlers } from '../../../electron/main/ipc/review/reviewHandlers';
import { openDesk, sampleInput, tempShare, type TestDesk } from '../../support/registerDesk';
import { person, reviewOn } from '../../support/reviewDesk';

const open: TestDesk[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});
const ctx = { window: 'desk' as const };
const period = { from: '2026-01-01', to: '2026-12-31' };

/** Four entries on one desk in March 2026: two complaints, a suggestion, and an ethics complaint only the commission sees. */
async function setup(who = person('aija.liepina', ['head'])) {
  const share = await tempShare();
  const wall = Date.parse('2026-03-02T09:00:00.000Z');
  const desk = await openDesk(share, { wall: () => wall });
  open.push(desk);
  const reg = desk.opened.register;
  await reg.add(sampleInput(1), 'laura.kalnina');
  await reg.add({ ...sampleInput(2), subject: 'premises' }, 'laura.kalnina');
  await reg.add({ ...sampleInput(3), kind: 'suggestion', channel: 'questionnaire', subject: 'procedure' }, 'laura.kalnina');
  await reg.add({ ...sampleInput(4), subject: 'ethics', description: 'Ētikas pārkāpums' }, 'laura.kalnina');
  return createReviewHandlers(
    reviewOn(
      desk,
      share,
      () => who,
      () => wall,
    ),
  );
}

const xlsx = async (base64: string) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return book;
};
const column = (sheet: ExcelJS.Worksheet, header: string) => {
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  return sheet.getColumn(headers.indexOf(header)).values.slice(2);
};

describe('exports people can read', () => {
  it('writes a report as CSV files, one table each with its own header and byte-order mark, in one ZIP', async () => {
    const handlers = await setup();
    const file = await handlers['review:export-report']({ period, format: 'csv', language: 'lv' }, ctx);
    expect(file.fileName).toBe('parskats-2026-01-01-2026-12-31-csv.zip');
    expect(file.mime).toBe('application/zip');
    const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual([
      '01-kopsavilkums.csv',
      '02-pec-veida.csv',
      '03-pec-temata.csv',
      '04-pec-kanala.csv',
      '05-pec-iestades.csv',
      '06-pec-statusa.csv',
      '07-pa-menesiem.csv',
      '08-ieraksti.csv',
    ]);
    for (const name of names) {
      const text = await zip.file(name)!.async('string');
      expect(text.startsWith('\uFEFF'), name).toBe(true);
      expect(text.indexOf('\uFEFF', 1), name).toBe(-1);
    }
    const subjects = Papa.parse<string[]>((await zip.file('03-pec-temata.csv')!.async('string')).slice(1).trim(), { delimiter: ';' }).data;
    expect(subjects[0]).toEqual(['Nosaukums', 'Skaits', 'Kods']);
    expect(subjects).toContainEqual(['Apkalpošanas kvalitāte', '1', 'service_quality']);
    expect(subjects).toContainEqual(['Kārtība un procedūras', '1', 'procedure']);
    const entries = Papa.parse<string[]>((await zip.file('08-ieraksti.csv')!.async('string')).slice(1).trim(), { delimiter: ';' }).data;
    // The head does not see the ethics complaint: neither its row nor its count.
    expect(entries).toHaveLength(4);
    expect(entries.map((r) => r[1])).toEqual(['Veids', 'Sūdzība', 'Sūdzība', 'Ierosinājums']);
    expect(entries.flat().join(' ')).not.toContain('Ētikas pārkāpums');
  });

  it('speaks the language of the person exporting, codes staying the same', async () => {
    const handlers = await setup();
    const book = await xlsx((await handlers['review:export-report']({ period, format: 'xlsx', language: 'en' }, ctx)).base64);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'By kind',
      'By subject',
      'By channel',
      'By institution',
      'By status',
      'By month',
      'Entries',
    ]);
    const entries = book.getWorksheet('Entries')!;
    expect(column(entries, 'Kind')).toEqual(['Complaint', 'Complaint', 'Suggestion']);
    expect(column(entries, 'Kind (code)')).toEqual(['complaint', 'complaint', 'suggestion']);
    expect(column(entries, 'Channel')).toEqual(['In person', 'In person', 'Questionnaire']);
    expect(column(entries, 'Received')).toEqual(['02/03/2026', '02/03/2026', '02/03/2026']);
    expect(column(entries, 'Registered')).toEqual(['02/03/2026 11:00', '02/03/2026 11:00', '02/03/2026 11:00']);
  });

  it('exports the filtered inbox, every page of it, and nothing the head may not see', async () => {
    const handlers = await setup();
    const file = await handlers['review:export-inbox'](
      { filter: { kind: ['complaint'] }, sort: { by: 'number', dir: 'asc' }, format: 'xlsx', language: 'lv' },
      ctx,
    );
    expect(file.fileName).toMatch(/^ieraksti-2026-03-02\.xlsx$/);
    const sheet = (await xlsx(file.base64)).getWorksheet('Atlasītie ieraksti')!;
    expect(column(sheet, 'Temats')).toEqual(['Apkalpošanas kvalitāte', 'Telpas']);
    const csv = await handlers['review:export-inbox']({ filter: {}, sort: { by: 'number', dir: 'asc' }, format: 'csv', language: 'lv' }, ctx);
    expect(csv.fileName).toMatch(/\.csv$/);
    const rows = Papa.parse<string[]>(Buffer.from(csv.base64, 'base64').toString('utf8').slice(1).trim(), { delimiter: ';' }).data;
    expect(rows).toHaveLength(4);
  });

  it('gives the ethics commission its own entries only', async () => {
    const handlers = await setup(person('kitija.jaunzeme', ['ethics_commission']));
    const sheet = (
      await xlsx((await handlers['review:export-inbox']({ filter: {}, sort: { by: 'number', dir: 'asc' }, format: 'xlsx', language: 'lv' }, ctx)).base64)
    ).worksheets[0]!;
    expect(column(sheet, 'Apraksts')).toEqual(['Ētikas pārkāpums']);
  });

  it('refuses the inbox export to desk staff, who review nothing', async () => {
    const handlers = await setup(person('laura.kalnina', ['desk_staff']));
    await expect(
      handlers['review:export-inbox']({ filter: {}, sort: { by: 'number', dir: 'asc' }, format: 'csv', language: 'lv' }, ctx),
    ).rejects.toBeInstanceOf(ContractError);
  });
});
