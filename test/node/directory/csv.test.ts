import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directoryToCsv, parseDirectoryCsv } from '../../../shared/directory/csv';
import { personSchema } from '../../../shared/directory/person';
import { decodeCsv } from '../../../shared/directory/decode';
import { diffDirectory } from '../../../shared/directory/diff';
import { person } from '../../support/people';

const HEADER = 'id;name;surname;position;institution_code;institution;hours;roles;email';

describe('directory CSV import', () => {
  it('reads semicolon-separated rows with Latvian day codes in the hours', () => {
    const csv = `${HEADER}\nanna.kalnina;Anna;Kalniņa;Lietvede;rnp;Rēzeknes novada pašvaldība;"P 9:00-12:00, 13.00-16.00; C 10:00-12:00";;\n`;
    const { people, problems } = parseDirectoryCsv(csv);
    expect(problems).toEqual([]);
    expect(people[0]).toMatchObject({
      id: 'anna.kalnina',
      institutionCode: 'RNP',
      surname: 'Kalniņa',
      reception: {
        weekly: [
          { day: 'mon', from: '09:00', to: '12:00' },
          { day: 'mon', from: '13:00', to: '16:00' },
          { day: 'thu', from: '10:00', to: '12:00' },
        ],
      },
    });
  });

  it('reports every bad cell with its spreadsheet row and column, and takes no people from bad rows', () => {
    const csv = [
      HEADER,
      'ok.one;Anna;Kalniņa;Lietvede;RNP;Pašvaldība;mon 09:00-12:00;desk_staff;anna@example.lv',
      'bad.two;;Ozols;Būvinspektors;RNP;Pašvaldība;mon 9-12;boss;not-an-email',
      'ok.one;Jānis;Ozols;Būvinspektors;RNP;Pašvaldība;;;',
    ].join('\n');
    const { people, problems } = parseDirectoryCsv(csv);
    expect(people.map((p) => p.id)).toEqual(['ok.one']);
    expect(problems).toEqual([
      { row: 3, column: 'hours', code: 'invalid', value: 'mon 9-12' },
      { row: 3, column: 'name', code: 'required', value: '' },
      { row: 3, column: 'email', code: 'invalid', value: 'not-an-email' },
      { row: 3, column: 'roles', code: 'invalid', value: 'boss' },
      { row: 4, column: 'id', code: 'duplicate', value: 'ok.one' },
    ]);
  });

  it('refuses a file without the required columns as a whole', () => {
    expect(parseDirectoryCsv('vards,uzvards\nAnna,Kalniņa\n').problems.map((p) => p.column)).toEqual([
      'id',
      'name',
      'surname',
      'position',
      'institution_code',
      'institution',
    ]);
    expect(parseDirectoryCsv('').problems).toEqual([{ row: 1, column: '', code: 'empty_file' }]);
  });

  it('round-trips an exported directory, keeping photos and dated hours exceptions of people already known', () => {
    const photo = 'data:image/png;base64,iVBORw0KGgo=';
    const reception = { ...person().reception, exceptions: [{ date: '2026-12-23', slots: [], note: 'Mācības' }], unparsed: 'pēc pieraksta' };
    const people = [person({ photo, reception }), person({ id: 'x.y', name: '=HYPERLINK("x")', accounts: ['RNP\\x.y'] })];
    const csv = directoryToCsv(people);
    expect(csv).toContain(`'=HYPERLINK`);
    const back = parseDirectoryCsv(csv, people);
    expect(back.problems).toEqual([]);
    expect(back.people).toEqual(people);
  });

  it('never throws on random text and never yields a person the schema would refuse', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (tail) => {
        const result = parseDirectoryCsv(`${HEADER}\n${tail}`);
        for (const p of result.people) expect(personSchema.safeParse(p).success).toBe(true);
        for (const problem of result.problems) expect(problem.row).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe('reading a CSV file’s bytes', () => {
  it('reads UTF-8 with or without a BOM, and Excel’s Baltic code page without mangling Latvian letters', () => {
    const utf8 = new TextEncoder().encode('\uFEFFBērziņa;Kalniņa');
    expect(decodeCsv(utf8).replace(/^\uFEFF/, '')).toBe('Bērziņa;Kalniņa');
    const cp1257 = new Uint8Array([66, 231, 114, 122, 105, 242, 97, 59, 75, 97, 108, 110, 105, 242, 97]);
    expect(decodeCsv(cp1257)).toBe('Bērziņa;Kalniņa');
  });
});

describe('what an import would change', () => {
  it('lists added, changed (with the fields) and removed people', () => {
    const before = [person(), person({ id: 'old', accounts: [] })];
    const after = [person({ room: '14' }), person({ id: 'new', accounts: [] })];
    const diff = diffDirectory(before, after);
    expect(diff.added.map((p) => p.id)).toEqual(['new']);
    expect(diff.changed.map((c) => [c.id, c.fields])).toEqual([['ilze.berzina', ['room']]]);
    expect(diff.removed.map((p) => p.id)).toEqual(['old']);
  });
});
