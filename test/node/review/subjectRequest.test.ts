import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createReviewHandlers } from '../../../electron/main/ipc/review/reviewHandlers';
import { ContractError } from '../../../shared/contract/result';
import type { Identity } from '../../../shared/identity/identity';
import { reviewContract } from '../../../shared/review/contract';
import { nameStems, namesPerson, redactor, type SubjectRequestRole } from '../../../shared/review/subject';
import { openDesk, sampleInput, tempShare, type TestDesk } from '../../support/registerDesk';
import { person, reviewOn } from '../../support/reviewDesk';

const open: TestDesk[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

const ctx = { window: 'desk' as const };
const named = (name: string, contact: string) => ({ anonymous: false as const, name, contact, consent: true as const, purpose: 'atbildei' });
const head = person('aija.liepina', ['head']);
const ethics = person('ilze.ozola', ['ethics_commission']);
const director = person('juris.ozols', ['executive_director']);

describe('finding a person by name', () => {
  const about = (query: string, text: string) => namesPerson(text, nameStems(query));

  it('ignores diacritics, case, word endings and word order', () => {
    expect(about('Bērziņš', 'berzins')).toBe(true);
    expect(about('janis berzins', 'Klients Jānis Bērziņš zvanīja')).toBe(true);
    expect(about('Jānis Bērziņš', 'Atbilde Jānim Bērziņam nosūtīta')).toBe(true);
    expect(about('Jānis Bērziņš', 'Jāņa Bērziņa iesniegums')).toBe(true);
    expect(about('Jānis Bērziņš', 'BĒRZIŅŠ JĀNIS')).toBe(true);
    expect(about('Jānis Bērziņš', 'janis.berzins@example.lv')).toBe(true);
  });

  it('does not take other words or a half of the name for the person', () => {
    expect(about('Jānis Bērziņš', 'Janvārī Bērzu ielā')).toBe(false);
    expect(about('Jānis Bērziņš', 'Jānis Kalniņš un Anna Bērziņa')).toBe(false);
    expect(about('Ozols', 'ozolkoka galds')).toBe(false);
    expect(about('Ozols', 'runāju ar Ozolu')).toBe(true);
  });

  it('redacts a complainant in every form of their name, their contact and any phone or e-mail, keeping the substance', () => {
    const redact = redactor({ name: 'Pēteris Ābols', contact: 'peteris@example.lv' }, '[aizsegts]');
    expect(redact('Pēteris Ābols sūdzas, ka Bērziņš bija nelaipns. Ābolam zvanīt +371 29123456 vai rakstīt peteris@example.lv, cits: p.a@inbox.lv')).toBe(
      '[aizsegts] [aizsegts] sūdzas, ka Bērziņš bija nelaipns. [aizsegts] zvanīt [aizsegts] vai rakstīt [aizsegts], cits: [aizsegts]',
    );
    expect(redact('Atbildēt līdz 2026-03-16')).toBe('Atbildēt līdz 2026-03-16');
  });
});

/** One desk on 2 March 2026 with entries naming Jānis Bērziņš in every way, for every reviewer. */
async function setup(roles?: SubjectRequestRole[]) {
  const share = await tempShare();
  let wall = Date.parse('2019-05-06T09:00:00.000Z');
  const desk = await openDesk(share, { wall: () => wall });
  open.push(desk);
  const reg = desk.opened.register;
  const old = await reg.add({ ...sampleInput(1), client: named('Anna Kalniņa', '+371 26000000') }, 'laura.kalnina');
  await reg.set(old.id, { status: 'answered', reply: 'Atbildēts' }, 'aija.liepina');
  await reg.set(old.id, { status: 'closed' }, 'aija.liepina');
  wall = Date.parse('2026-03-02T09:00:00.000Z');
  const asClient = await reg.add({ ...sampleInput(2), client: named('Jānis Bērziņš', 'janis.berzins@example.lv') }, 'laura.kalnina');
  await reg.note(asClient.id, 'Klients zvanīja vēlreiz', 'aija.liepina');
  const asEmployee = await reg.add(
    {
      ...sampleInput(3),
      subject: 'employee_conduct',
      employee: { personId: null, name: 'Jānis Bērziņš' },
      description: 'Pēteris Ābols sūdzas, ka Jānis Bērziņš bija nelaipns; atzvanīt 29123456',
      client: named('Pēteris Ābols', 'peteris.abols@example.lv'),
    },
    'laura.kalnina',
  );
  await reg.note(asEmployee.id, 'Ābolam atbildēts pa tālruni', 'aija.liepina');
  const inText = await reg.add({ ...sampleInput(4), description: 'Runāju ar Jāņa Bērziņa kolēģi' }, 'laura.kalnina');
  const ethicsEntry = await reg.add({ ...sampleInput(5), subject: 'ethics', client: named('Jānis Bērziņš', '+371 27000000') }, 'laura.kalnina');
  const aboutHead = await reg.add({ ...sampleInput(6), subject: 'head_conduct', description: 'Vadītāja neatbildēja Jānim Bērziņam' }, 'laura.kalnina');
  const other = await reg.add({ ...sampleInput(7), description: 'Janvārī Bērzu ielā nebija apgaismojuma' }, 'laura.kalnina');
  let who: Identity = head;
  const services = reviewOn(
    desk,
    share,
    () => who,
    () => wall,
    () => [],
    undefined,
    roles ? { subjectRequestRoles: roles } : {},
  );
  return {
    desk,
    services,
    handlers: createReviewHandlers(services),
    as: (i: Identity) => (who = i),
    ids: { old: old.id, asClient: asClient.id, asEmployee: asEmployee.id, inText: inText.id, ethics: ethicsEntry.id, aboutHead: aboutHead.id, other: other.id },
    numbers: new Map([asClient, asEmployee, inText, ethicsEntry, aboutHead, other].map((e) => [e.id, e.number])),
  };
}

async function workbook(file: { base64: string }) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  return book;
}
const textOf = (sheet: ExcelJS.Worksheet) =>
  sheet
    .getSheetValues()
    .flatMap((row) => (Array.isArray(row) ? row.map((v) => String(v ?? '')) : []))
    .join('\n');
/** The value in the column headed `header` of the row whose first cell is `number`. */
const cellOf = (sheet: ExcelJS.Worksheet, number: string, header: string) => {
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === number) return sheet.getRow(r).getCell(headers.indexOf(header)).value;
  throw new Error(`no row ${number}`);
};
const firstColumn = (sheet: ExcelJS.Worksheet) => (sheet.getColumn(1).values as unknown[]).slice(2).map(String);
/** The access log lines this desk wrote. */
async function accessLines(desk: TestDesk) {
  const text = await readFile(join(desk.dataDir, 'review', 'access.jsonl'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { rec: string; via?: string; by: string });
}

describe('data-subject requests', () => {
  it('gives a head every entry of theirs naming the person, with notes and history, and says what it could not cover', async () => {
    const { handlers, desk, ids, numbers, services } = await setup();
    const book = await workbook(await handlers['review:subject-export']({ name: 'janis berzins', language: 'lv' }, ctx));
    expect(book.worksheets.map((w) => w.name)).toEqual(['Pieprasījums', 'Ieraksti', 'Piezīmes', 'Vēsture']);
    const entries = book.getWorksheet('Ieraksti')!;
    expect(firstColumn(entries).sort()).toEqual([ids.asClient, ids.asEmployee, ids.inText].map((id) => numbers.get(id)!).sort());
    expect(cellOf(entries, numbers.get(ids.asClient)!, 'Kur minēta')).toBe('klients, klienta kontakts');
    expect(cellOf(entries, numbers.get(ids.asEmployee)!, 'Kur minēta')).toBe('darbinieks, par kuru iesniegums, apraksts');
    expect(cellOf(entries, numbers.get(ids.inText)!, 'Kur minēta')).toBe('apraksts');
    expect(textOf(book.getWorksheet('Piezīmes')!)).toContain('Klients zvanīja vēlreiz');

    const request = textOf(book.getWorksheet('Pieprasījums')!);
    expect(request).toContain('janis berzins');
    expect(request).toContain('Atrasti ieraksti\n3');
    // Named whether or not such entries exist: the file says nothing about the ethics or head-conduct entries themselves.
    expect(request).toContain(
      'Nav aptverti ieraksti, kurus izskata: Iestādes ētikas komisija; Pašvaldības izpilddirektors; Domes priekšsēdētājs; citu iestāžu ieraksti',
    );
    expect(request).not.toContain(numbers.get(ids.ethics)!);
    expect(request).not.toContain(numbers.get(ids.aboutHead)!);

    const logged = (await accessLines(desk)).filter((l) => l.via === 'subject_export');
    expect(logged.map((l) => l.rec).sort()).toEqual([ids.asClient, ids.asEmployee, ids.inText].sort());
    // The head sees on the entry that it left in a data-subject request, as well as each opening.
    const access = (await services.review.entry(ids.asClient)).access!;
    expect(access.map((a) => a.via ?? 'open')).toEqual(['open', 'subject_export']);
  });

  it('redacts the complainant in the export of the employee complained about, keeping the complaint, and says why', async () => {
    const { handlers, ids, numbers } = await setup();
    const book = await workbook(await handlers['review:subject-export']({ name: 'Bērziņš Jānis', language: 'lv' }, ctx));
    const entries = book.getWorksheet('Ieraksti')!;
    const n = numbers.get(ids.asEmployee)!;
    expect(cellOf(entries, n, 'Klients')).toBe('[aizsegts]');
    expect(cellOf(entries, n, 'Kontakts')).toBe('[aizsegts]');
    expect(cellOf(entries, n, 'Apraksts')).toBe('[aizsegts] [aizsegts] sūdzas, ka Jānis Bērziņš bija nelaipns; atzvanīt [aizsegts]');
    expect(cellOf(entries, n, 'Iesniedzējs aizsegts')).toBe('Jā');
    expect(cellOf(entries, numbers.get(ids.asClient)!, 'Klients')).toBe('Jānis Bērziņš');
    expect(cellOf(entries, numbers.get(ids.asClient)!, 'Iesniedzējs aizsegts')).toBe('Nē');
    const everything = book.worksheets.map(textOf).join('\n');
    for (const leak of ['Pēteris', 'Ābol', 'peteris.abols', '29123456']) expect(everything).not.toContain(leak);
    expect(textOf(book.getWorksheet('Piezīmes')!)).toContain('[aizsegts] atbildēts pa tālruni');
    expect(textOf(book.getWorksheet('Pieprasījums')!)).toContain(`Ierakstos ${n} persona ir minēta, bet nav iesniedzēja`);
  });

  it('covers ethics and head-conduct entries for the reviewers who may see them, and no one else’s', async () => {
    const { handlers, as, ids, numbers } = await setup();
    as(ethics);
    let book = await workbook(await handlers['review:subject-export']({ name: 'Jānis Bērziņš', language: 'en' }, ctx));
    expect(firstColumn(book.getWorksheet('Entries')!)).toEqual([numbers.get(ids.ethics)]);
    expect(textOf(book.getWorksheet('Request')!)).toContain(
      'Not covered: entries reviewed by Head of the institution; Municipal executive director; Chair of the council; other institutions’ entries',
    );
    as(director);
    book = await workbook(await handlers['review:subject-export']({ name: 'Jānis Bērziņš', language: 'lv' }, ctx));
    expect(firstColumn(book.getWorksheet('Ieraksti')!)).toEqual([numbers.get(ids.aboutHead)]);
  });

  it('is refused in main to roles the configuration does not name, and allowed to those it does', async () => {
    const chair = person('maris.krumins', ['council_chair']);
    const clerk = person('laura.kalnina', ['desk_staff']);
    const byDefault = await setup();
    for (const who of [chair, clerk]) {
      byDefault.as(who);
      const refusal = await Promise.resolve(byDefault.handlers['review:subject-export']({ name: 'Jānis Bērziņš', language: 'lv' }, ctx)).catch(
        (e: unknown) => e,
      );
      expect(refusal).toBeInstanceOf(ContractError);
      expect(refusal).toMatchObject({ code: 'forbidden_role', details: { field: 'subject_request' } });
    }
    const onlyChair = await setup(['council_chair']);
    onlyChair.as(chair);
    const book = await workbook(await onlyChair.handlers['review:subject-export']({ name: 'Jānis Bērziņš', language: 'lv' }, ctx));
    expect(book.getWorksheet('Ieraksti')!.rowCount).toBe(1);
    onlyChair.as(head);
    await expect(onlyChair.handlers['review:subject-export']({ name: 'Jānis Bērziņš', language: 'lv' }, ctx)).rejects.toMatchObject({ code: 'forbidden_role' });
  });
});

describe('every way an entry leaves the register is in the access log', () => {
  it('logs each export, letter and printed document, one line per entry with how it left', async () => {
    const { handlers, desk, ids } = await setup();
    await handlers['review:act']({ id: ids.asClient, act: { action: 'answer', reply: 'Rinda ir samazināta.' } }, ctx);
    const filter = { filter: {}, sort: { by: 'registeredAt' as const, dir: 'asc' as const } };
    /** Each channel that lets entry contents out of main, what it is expected to log, and a call to it. */
    const exits: Record<string, { via: string; recs: string[]; run: () => unknown }> = {
      'review:export-inbox': {
        via: 'export',
        recs: [ids.old, ids.asClient, ids.asEmployee, ids.inText, ids.other],
        run: () => handlers['review:export-inbox']({ ...filter, format: 'csv', language: 'lv' }, ctx),
      },
      'review:export-report': {
        via: 'export',
        recs: [ids.old, ids.asClient, ids.asEmployee, ids.inText, ids.other],
        run: () => handlers['review:export-report']({ period: { from: '2019-01-01', to: '2026-12-31' }, format: 'xlsx', language: 'lv' }, ctx),
      },
      'review:export-destruction': { via: 'export', recs: [ids.old], run: () => handlers['review:export-destruction']({ format: 'csv' }, ctx) },
      'review:subject-export': {
        via: 'subject_export',
        recs: [ids.asClient, ids.asEmployee, ids.inText],
        run: () => handlers['review:subject-export']({ name: 'Jānis Bērziņš', language: 'lv' }, ctx),
      },
      'review:letter': {
        via: 'letter',
        recs: [ids.asClient],
        run: () => handlers['review:letter']({ id: ids.asClient, kind: 'reply', signing: 'paper' }, ctx),
      },
      'review:printed': { via: 'print', recs: [ids.asEmployee], run: () => handlers['review:printed']({ id: ids.asEmployee, document: 'ethics_notice' }, ctx) },
    };
    // A new channel that makes a file or a document must be added here (the CLI's `register export`: test/multiprocess/cli.test.ts).
    const leaving = Object.keys(reviewContract).filter((c) => /export|letter|print/.test(c));
    expect(leaving.sort()).toEqual(Object.keys(exits).sort());

    for (const [channel, exit] of Object.entries(exits)) {
      const before = (await accessLines(desk)).length;
      await exit.run();
      const added = (await accessLines(desk)).slice(before);
      expect({ channel, via: [...new Set(added.map((l) => l.via))], recs: added.map((l) => l.rec).sort() }).toEqual({
        channel,
        via: [exit.via],
        recs: [...exit.recs].sort(),
      });
      expect(added.every((l) => l.by === 'aija.liepina')).toBe(true);
    }
  });

  it('refuses to log a print of an entry the viewer may not see', async () => {
    const { handlers, ids } = await setup();
    await expect(handlers['review:printed']({ id: ids.ethics, document: 'ethics_notice' }, ctx)).rejects.toMatchObject({ code: 'forbidden_role' });
  });
});
