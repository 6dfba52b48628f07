import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, neutraliseCell, parseImport, toCsv } from '../../../electron/main/services/register/importExport';
import { createFold } from '../../../shared/register/fold';
import { createEvent, createFieldsFor } from '../../support/registerEvents';

const NOW = Date.parse('2026-03-10T10:00:00Z');

describe('register import and export files', () => {
  it('refuses a column it does not know, naming it and the known ones, instead of dropping the client’s name', () => {
    const csv = 'kind,channel,subject,description,clientname\ncomplaint,phone,ethics,Rupjš darbinieks,Jānis Bērziņš\n';
    const fromCsv = parseImport(csv, 'csv', NOW);
    expect(fromCsv.problems).toEqual([{ row: 1, field: 'clientname', message: expect.stringContaining('clientName, clientContact') }]);
    const jsonl = JSON.stringify({ kind: 'complaint', channel: 'phone', subject: 'ethics', description: 'x', client: { name: 'Jānis Bērziņš' } });
    expect(parseImport(jsonl, 'jsonl', NOW).problems.map((p) => p.field)).toEqual(['client']);
    // What `register export` writes comes back in without a complaint.
    const values: Record<string, string> = { kind: 'complaint', channel: 'phone', subject: 'ethics', description: 'x', number: 'RNP-2026/K1-0001' };
    const exported = `${EXPORT_COLUMNS.join(',')}\n${EXPORT_COLUMNS.map((c) => values[c] ?? '').join(',')}\n`;
    expect(parseImport(exported, 'csv', NOW)).toMatchObject({ problems: [], rows: [{ input: { kind: 'complaint', description: 'x' } }] });
  });

  it('takes rows with the codes of the domain and reports every bad row by number', () => {
    const csv = 'kind,channel,subject,description\ncomplaint,phone,ethics,Rupjš darbinieks\nrumour,phone,ethics,x\nidea,letter,premises,\n';
    const { rows, problems } = parseImport(csv, 'csv', NOW);
    expect(rows).toHaveLength(1);
    expect(problems.map((p) => [p.row, p.field])).toEqual([
      [2, 'kind'],
      [3, 'description'],
    ]);
  });

  it('reads JSON lines and refuses a registration date in the future', () => {
    const jsonl = [
      '{"kind":"praise","channel":"email","subject":"service_quality","description":"Paldies","registeredAt":"2026-03-02T09:00:00Z"}',
      '{"kind":"praise","channel":"email","subject":"other","description":"x","registeredAt":"2027-01-01"}',
      'not json',
    ].join('\n');
    const { rows, problems } = parseImport(jsonl, 'jsonl', NOW);
    expect(rows.map((r) => r.registeredAtMs)).toEqual([Date.parse('2026-03-02T09:00:00Z')]);
    expect(problems.map((p) => [p.row, p.field])).toEqual([
      [2, 'registeredAt'],
      [3, '(line)'],
    ]);
  });

  it('needs consent and a purpose to keep a client’s contact', () => {
    const base = { kind: 'complaint', channel: 'phone', subject: 'procedure', description: 'Gaidīja', clientName: 'Anna', clientContact: '20000000' };
    expect(parseImport(JSON.stringify(base), 'jsonl', NOW).problems[0]?.field).toBe('client.consent');
    const ok = parseImport(JSON.stringify({ ...base, clientConsent: 'jā', clientPurpose: 'atbildei' }), 'jsonl', NOW);
    expect(ok.rows[0]?.input.client).toEqual({ anonymous: false, name: 'Anna', contact: '20000000', consent: true, purpose: 'atbildei' });
  });

  it('never throws on random input and never accepts a row without the required codes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom('csv' as const, 'jsonl' as const), (text, format) => {
        const { rows } = parseImport(text, format, NOW);
        for (const r of rows) expect(['complaint', 'suggestion', 'idea', 'praise', 'question']).toContain(r.input.kind);
      }),
      { numRuns: 500 },
    );
  });

  it('neutralises formulas in CSV cells and round-trips them through import', () => {
    expect(['=1+1', '+3', '-2', '@SUM(A1)', 'parasts'].map(neutraliseCell)).toEqual(["'=1+1", "'+3", "'-2", "'@SUM(A1)", 'parasts']);
    const fold = createFold();
    fold.apply(createEvent({ id: 'ev-000001', desk: 'd1', seq: 1, ms: NOW, rec: 'rec-000001' }, createFieldsFor(1, { description: '=HYPERLINK("http://x")' })));
    const csv = toCsv(fold.entries());
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...EXPORT_COLUMNS]);
    expect(parsed.data[0]!.description).toBe('\'=HYPERLINK("http://x")');
    expect(parseImport(csv, 'csv', NOW).rows[0]?.input.description).toBe('=HYPERLINK("http://x")');
  });
});
