import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract/result';
import { toCsv } from '../../../electron/main/services/review/exportFiles';
import { createReviewHandlers } from '../../../electron/main/ipc/review/reviewHandlers';
import { openDesk, sampleInput, tempShare, type TestDesk } from '../../support/registerDesk';
import { person, reviewOn } from '../../support/reviewDesk';

const head = person('aija.liepina', ['head']);
const open: TestDesk[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

const named = (name: string, contact = '+371 2000 0000') => ({ anonymous: false as const, name, contact, consent: true as const, purpose: 'atbildei' });
const ctx = { window: 'desk' as const };
/** The value in a row under the column headed `header`. */
const cell = (sheet: ExcelJS.Worksheet, row: number, header: string) => {
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  return sheet.getRow(row).getCell(headers.indexOf(header)).value;
};

/** A desk whose clock starts in 2019, so that some entries are past retention today. */
async function setup() {
  const share = await tempShare();
  let wall = Date.parse('2019-05-06T09:00:00.000Z');
  const desk = await openDesk(share, { wall: () => wall });
  open.push(desk);
  const reg = desk.opened.register;
  const old = await reg.add({ ...sampleInput(1), client: named('Pēteris Ābols') }, 'laura.kalnina');
  await reg.set(old.id, { status: 'answered', reply: 'Atbilde Pēterim Ābolam' }, 'aija.liepina');
  await reg.set(old.id, { status: 'closed' }, 'aija.liepina');
  await reg.note(old.id, 'Pēteris zvanīja vēlreiz', 'aija.liepina');
  const oldOpen = await reg.add(sampleInput(2), 'laura.kalnina');
  wall = Date.parse('2026-03-02T09:00:00.000Z');
  const recent = await reg.add({ ...sampleInput(3), client: named('Jānis Bērziņš', '@SUM(A1)') }, 'laura.kalnina');
  const services = reviewOn(
    desk,
    share,
    () => head,
    () => wall,
  );
  return { services, handlers: createReviewHandlers(services), ids: { old: old.id, oldOpen: oldOpen.id, recent: recent.id } };
}

describe('data protection lifecycle', () => {
  it('lists closed entries past retention for archive approval, then anonymises them as events', async () => {
    const { services, handlers, ids } = await setup();
    expect((await handlers['review:destruction'](undefined, ctx)).map((r) => r.id)).toEqual([ids.old]);
    const file = await handlers['review:export-destruction']({ format: 'xlsx' }, ctx);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('Iznīcināmie ieraksti');
    expect(cell(sheet, 2, 'Klients')).toBe('Pēteris Ābols');

    expect(await handlers['review:anonymise-due'](undefined, ctx)).toEqual({ anonymised: 1 });
    const view = await services.review.entry(ids.old);
    expect(view.entry.client).toEqual({ anonymous: true });
    expect(JSON.stringify(view)).not.toContain('Pēter');
    expect(view.history.at(-1)!.changes.map((c) => c.field)).toContain('anonymisedAt');
    expect(await handlers['review:destruction'](undefined, ctx)).toEqual([]);
    expect((await services.review.entry(ids.oldOpen)).entry.anonymisedAt).toBeNull();
  });

  it('exports everything held about a named person, found without diacritics', async () => {
    const { handlers } = await setup();
    const file = await handlers['review:subject-export']({ name: 'janis berzins', language: 'lv' }, ctx);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const entries = book.getWorksheet('Ieraksti')!;
    expect(entries.rowCount).toBe(2);
    expect(cell(entries, 2, 'Klients')).toBe('Jānis Bērziņš');
    expect(book.getWorksheet('Vēsture')!.rowCount).toBe(2);
  });

  it('writes a report to XLSX with Latvian sheet names, labels instead of codes, and the entries it counts', async () => {
    const { handlers } = await setup();
    const file = await handlers['review:export-report']({ period: { from: '2019-01-01', to: '2026-12-31' }, format: 'xlsx', language: 'lv' }, ctx);
    expect(file.fileName).toBe('parskats-2019-01-01-2026-12-31.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Kopsavilkums',
      'Pēc veida',
      'Pēc temata',
      'Pēc kanāla',
      'Pēc iestādes',
      'Pēc statusa',
      'Pa mēnešiem',
      'Ieraksti',
    ]);
    expect(book.getWorksheet('Kopsavilkums')!.getRow(2).values).toEqual([undefined, 'Periods no', '01.01.2019']);
    expect(book.getWorksheet('Kopsavilkums')!.getRow(4).values).toEqual([undefined, 'Ierakstu skaits', 3]);
    expect(book.getWorksheet('Pēc veida')!.getRow(1).values).toEqual([undefined, 'Nosaukums', 'Skaits', 'Kods']);
    expect(book.getWorksheet('Pēc veida')!.getRow(2).values).toEqual([undefined, 'Sūdzība', 3, 'complaint']);
    const entries = book.getWorksheet('Ieraksti')!;
    expect(entries.rowCount).toBe(4);
    expect(cell(entries, 2, 'Veids')).toBe('Sūdzība');
    expect(cell(entries, 2, 'Veids (kods)')).toBe('complaint');
    expect(cell(entries, 2, 'Saņemts')).toBe('06.05.2019');
    expect(cell(entries, 4, 'Klients')).toBe('Jānis Bērziņš');
  });

  it('neutralises spreadsheet formulas in CSV cells and keeps Latvian letters', () => {
    const csv = toCsv({
      name: 't',
      columns: ['Klients', 'Kontakts'],
      rows: [
        ['Jānis Bērziņš', '@SUM(A1)'],
        ['=1+1', '-3'],
        ['+x', 5],
      ],
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1).trim(), { delimiter: ';' }).data;
    expect(parsed).toEqual([
      ['Klients', 'Kontakts'],
      ['Jānis Bērziņš', "'@SUM(A1)"],
      ["'=1+1", "'-3"],
      ["'+x", '5'],
    ]);
  });

  it('refuses data-subject exports to reviewer roles the configuration leaves out (by default the council chair)', async () => {
    const share = await tempShare();
    const desk = await openDesk(share);
    open.push(desk);
    const handlers = createReviewHandlers(reviewOn(desk, share, () => person('maris.krumins', ['council_chair'])));
    await expect(handlers['review:subject-export']({ name: 'Anna', language: 'lv' }, ctx)).rejects.toBeInstanceOf(ContractError);
  });

  it('records each printed letter in the entry history', async () => {
    const { services, handlers, ids } = await setup();
    await handlers['review:act']({ id: ids.recent, act: { action: 'answer', reply: 'Rinda ir samazināta.' } }, ctx);
    const { letter, view: after } = await handlers['review:letter']({ id: ids.recent, kind: 'reply', signing: 'paper' }, ctx);
    expect(after.entry.notes.at(-1)!.text).toBe(`Vēstule (atbilde) Nr. RNP-2026/K1-IZ-0001: ${letter.subject}`);
    expect(letter.addressee).toContain('Jānis Bērziņš');
    expect(letter.signature.name).toBe('aija.liepina');
    const view = await services.review.entry(ids.recent);
    expect(view.entry.notes.at(-1)!.text).toBe(`Vēstule (atbilde) Nr. RNP-2026/K1-IZ-0001: ${letter.subject}`);
  });
});
