import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { catalogueFromCpsv, catalogueToCpsv } from '../../../shared/catalog/cpsv';
import { catalogueFromCsv, catalogueToCsv } from '../../../shared/catalog/csv';
import { decodeText } from '../../../shared/catalog/encoding';
import { sampleCatalogue } from '../../../electron/preview/sampleCatalog';

const catalogue = sampleCatalogue();

describe('catalogue CSV', () => {
  it('exports and imports every field of every service unchanged', () => {
    const back = catalogueFromCsv(catalogueToCsv(catalogue.services));
    expect(back).toEqual({ ok: true, services: catalogue.services });
  });

  it('neutralises spreadsheet formulas on export and restores the text on import', () => {
    const service = { ...catalogue.services[0]!, keywords: ['=HYPERLINK("x")', '@cmd'] };
    const csv = catalogueToCsv([service]);
    expect(csv).not.toMatch(/[,\n]=HYPERLINK/);
    expect(csv).toContain("'+371 64600000");
    const back = catalogueFromCsv(csv);
    expect(back.ok && back.services[0]!.keywords).toEqual(['=HYPERLINK("x")', '@cmd']);
    expect(back.ok && back.services[0]!.channels.phone).toBe('+371 64600000');
  });

  it('reads a semicolon-separated file with a decimal comma, as Latvian spreadsheets save it', () => {
    const csv =
      'id;name_lv;description_lv;audience_lv;submit_lv;processing_lv;answer_lv;institution_lv;cost_eur;processing_days;last_reviewed\n' +
      'kopija;Kopija;Apraksts;Visi;Iesniedz;Izskata;Atbild;Pašvaldība;1,50;5;2026-01-02\n';
    const result = catalogueFromCsv(csv);
    expect(result.ok && result.services[0]).toMatchObject({ id: 'kopija', cost: { amountEur: 1.5 }, processingDays: 5 });
  });

  it('lists every mistake with its row and column and accepts nothing', () => {
    const rows = Papa.parse<string[]>(catalogueToCsv(catalogue.services.slice(0, 3)).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const column = (name: string) => rows[0]!.indexOf(name);
    rows[2]![column('name_lv')] = '';
    rows[2]![column('processing_days')] = 'desmit';
    rows[3]![column('id')] = catalogue.services[0]!.id;
    rows[3]![column('last_reviewed')] = '2026-02-30';
    rows[1]![column('last_reviewed')] = '1.10.2026';
    const result = catalogueFromCsv(Papa.unparse(rows));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual(
      expect.arrayContaining([
        { row: 3, field: 'name_lv', code: 'required' },
        { row: 3, field: 'processing_days', code: 'not_a_number' },
        { row: 4, field: 'last_reviewed', code: 'invalid_date' },
        { row: 2, field: 'last_reviewed', code: 'invalid_date' },
        { row: 4, field: 'id', code: 'duplicate_id' },
      ]),
    );
  });

  it('reads a file saved in Windows-1257 as Latvian spreadsheets often do, and UTF-8 as it is', () => {
    // `Dzīvesvietas deklarēšana` in Windows-1257: ī = EE, ē = E7, š = F0.
    const cp1257 = Uint8Array.from([
      0x44, 0x7a, 0xee, 0x76, 0x65, 0x73, 0x76, 0x69, 0x65, 0x74, 0x61, 0x73, 0x20, 0x64, 0x65, 0x6b, 0x6c, 0x61, 0x72, 0xe7, 0xf0, 0x61, 0x6e, 0x61,
    ]);
    expect(decodeText(cp1257)).toBe('Dzīvesvietas deklarēšana');
    expect(decodeText(new TextEncoder().encode('Suņa reģistrācija'))).toBe('Suņa reģistrācija');
  });

  it('names unknown and missing columns', () => {
    const result = catalogueFromCsv('ident,nosaukums\nx,y\n');
    expect(!result.ok && result.problems).toEqual([
      { row: 1, field: 'ident', code: 'unknown_column' },
      { row: 1, field: 'nosaukums', code: 'unknown_column' },
      { row: 1, field: 'id', code: 'missing_column' },
      { row: 1, field: 'name_lv', code: 'missing_column' },
    ]);
  });

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string(), (text) => typeof catalogueFromCsv(text).ok === 'boolean'));
  });
});

describe('catalogue CPSV-AP JSON', () => {
  it('exports CPSV-AP classes and imports them back unchanged', () => {
    const json = catalogueToCpsv(catalogue) as { service: Array<Record<string, unknown>> };
    expect(json.service[0]).toMatchObject({ '@type': 'PublicService', processingTime: 'P1D', hasCompetentAuthority: { '@type': 'PublicOrganisation' } });
    expect(catalogueFromCpsv(JSON.stringify(json))).toEqual({ ok: true, services: catalogue.services });
  });

  it('points at the service and property of each mistake', () => {
    const json = catalogueToCpsv(catalogue) as { service: Array<Record<string, unknown>> };
    json.service[1]!.processingTime = 'ten days';
    json.service[4]!.hasInput = [{ '@type': 'Evidence', name: { en: 'Passport only in English' } }];
    json.service[6]!.form = [{ '@type': 'Document', title: { lv: 'Veidlapa' }, file: '../../config/config.json' }];
    const result = catalogueFromCpsv(JSON.stringify(json));
    expect(!result.ok && result.problems).toEqual([
      { row: 2, field: 'processingTime', code: 'not_a_number' },
      { row: 5, field: 'hasInput[1].lv', code: 'required' },
      { row: 7, field: 'form[1].file', code: 'invalid_path' },
    ]);
  });

  it('says a file is unreadable or empty rather than failing', () => {
    expect(catalogueFromCpsv('{"service": [')).toEqual({ ok: false, problems: [{ row: null, field: '', code: 'unreadable' }] });
    expect(catalogueFromCpsv('{"service": []}')).toEqual({ ok: false, problems: [{ row: null, field: 'service', code: 'empty' }] });
    fc.assert(fc.property(fc.jsonValue(), (value) => catalogueFromCpsv(JSON.stringify(value)).ok === false));
  });
});
