import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { ContractError } from '../../../shared/contract/result';
import type { RetentionDocument } from '../../../shared/review/retention';
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
  // Another month, so another retention bucket: an open entry holds back only its own bucket.
  wall = Date.parse('2019-06-06T09:00:00.000Z');
  const oldOpen = await reg.add(sampleInput(2), 'laura.kalnina');
  wall = Date.parse('2026-03-02T09:00:00.000Z');
  const recent = await reg.add({ ...sampleInput(3), client: named('Jānis Bērziņš', '@SUM(A1)') }, 'laura.kalnina');
  const services = reviewOn(
    desk,
    share,
    () => head,
    () => wall,
  );
  return { services, desk, share, handlers: createReviewHandlers(services), ids: { old: old.id, oldOpen: oldOpen.id, recent: recent.id } };
}

/** The nomenclature as an admin publishes it (no trust root pinned in these desks). */
async function publishNomenclature(share: string, data: RetentionDocument) {
  await mkdir(join(share, 'config'), { recursive: true });
  await writeFile(join(share, 'config', 'retention.json'), JSON.stringify({ publishedAt: '2026-01-05T08:00:00.000Z', data }));
}

/** Every cell's text of every sheet of a workbook. */
async function xlsxText(bytes: Buffer): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => void cells.push(String(c.value)))));
  return cells.join('\n');
}

describe('data protection lifecycle', () => {
  it('lists closed entries past retention without personal data, and destroys them only under an approved act that the entry records', async () => {
    const { services, handlers, ids, share } = await setup();
    await publishNomenclature(share, { kinds: { complaint: { months: 60, item: '3.4' } } });
    const view = await handlers['review:destruction'](undefined, ctx);
    expect(view.entries.map((r) => [r.id, r.item, r.retentionEnds])).toEqual([[ids.old, '3.4', '2024-05-06']]);
    expect(view.retention.kinds.find((k) => k.kind === 'complaint')).toEqual({ kind: 'complaint', months: 60, item: '3.4', published: true });
    expect(view.retention.kinds.find((k) => k.kind === 'praise')).toEqual({ kind: 'praise', months: 12, item: null, published: false });
    expect(view.mayDestroy).toBe(true);

    for (const format of ['csv', 'xlsx'] as const) {
      const file = await handlers['review:export-destruction']({ format }, ctx);
      const bytes = Buffer.from(file.base64, 'base64');
      const text = format === 'csv' ? bytes.toString('utf8') : await xlsxText(bytes);
      for (const personal of ['Pēteris', 'Ābols', '+371', 'Atbilde', 'Klients gaidīja', 'laura.kalnina', 'atbildei']) expect(text).not.toContain(personal);
      expect(text).toContain('3.4');
      expect(text).toContain('06.05.2024');
    }
    const csv = Buffer.from((await handlers['review:export-destruction']({ format: 'csv' }, ctx)).base64, 'base64').toString('utf8');
    expect(Papa.parse<string[]>(csv.slice(1).trim(), { delimiter: ';' }).data[0]).toEqual([
      'Numurs',
      'Veids',
      'Reģistrēts',
      'Nomenklatūras lieta',
      'Glabāšanas termiņš beidzas',
      'Veids (kods)',
    ]);

    // Bad acts change nothing.
    for (const [act, field] of [
      [{ number: ' ', date: '01.03.2026' }, 'act_number'],
      [{ number: '12', date: '31.02.2026' }, 'act_date'],
      [{ number: '12', date: '03.03.2026' }, 'act_date_future'],
    ] as const) {
      await expect(handlers['review:destroy-due']({ act }, ctx)).rejects.toMatchObject({ code: 'invalid_request', details: { field } });
    }
    expect((await handlers['review:destruction'](undefined, ctx)).entries).toHaveLength(1);

    expect(await handlers['review:destroy-due']({ act: { number: 'A-7/2026', date: '02.03.2026' } }, ctx)).toEqual({
      destroyed: 1,
      buckets: 0,
      act: { number: 'A-7/2026', date: '2026-03-02' },
    });
    const after = await services.review.entry(ids.old);
    expect(after.entry.client).toEqual({ anonymous: true });
    expect(after.entry.destructionAct).toEqual({ number: 'A-7/2026', date: '2026-03-02' });
    expect(JSON.stringify(after)).not.toContain('Pēter');
    const last = after.history.at(-1)!;
    expect(last.changes.find((c) => c.field === 'destructionAct')?.value).toEqual({ number: 'A-7/2026', date: '2026-03-02' });
    expect((await handlers['review:destruction'](undefined, ctx)).entries).toEqual([]);
    expect((await services.review.entry(ids.oldOpen)).entry.anonymisedAt).toBeNull();
  });

  it('lets only the roles the nomenclature names destroy, checked in main, not only on the screen', async () => {
    const { desk, share } = await setup();
    const clerk = createReviewHandlers(reviewOn(desk, share, () => person('laura.kalnina', ['desk_staff'])));
    await expect(clerk['review:destroy-due']({ act: { number: '1', date: '2026-03-01' } }, ctx)).rejects.toMatchObject({ code: 'forbidden_role' });
    await expect(clerk['review:export-destruction']({ format: 'csv' }, ctx)).rejects.toMatchObject({ code: 'forbidden_role' });
    await publishNomenclature(share, { kinds: { complaint: { months: 60, item: '3.4' } }, destroyRoles: ['executive_director'] });
    const head = createReviewHandlers(
      reviewOn(
        desk,
        share,
        () => person('aija.liepina', ['head']),
        () => Date.parse('2026-03-02T09:00:00.000Z'),
      ),
    );
    expect((await head['review:destruction'](undefined, ctx)).mayDestroy).toBe(false);
    await expect(head['review:destroy-due']({ act: { number: '1', date: '2026-03-01' } }, ctx)).rejects.toMatchObject({ code: 'forbidden_role' });
    const director = createReviewHandlers(
      reviewOn(
        desk,
        share,
        () => person('juris.ozols', ['executive_director']),
        () => Date.parse('2026-03-02T09:00:00.000Z'),
      ),
    );
    // The director may destroy, but only what they review: the head's complaint is not theirs to end.
    expect(await director['review:destruction'](undefined, ctx)).toMatchObject({ mayDestroy: true, entries: [] });
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
