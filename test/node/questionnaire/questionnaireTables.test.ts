import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { questionnaireTables } from '../../../electron/main/services/questionnaire/questionnaireTables';
import { exportFile } from '../../../electron/main/services/review/exportFiles';
import { questionnaireResults, type Answer, type Questionnaire } from '../../../shared/questionnaire/questionnaire';

const Q: Questionnaire = {
  id: 'telpas01',
  title: 'Darba telpas',
  institution: 'RNP',
  closes: '2026-03-31',
  published: '2026-03-01',
  questions: [
    { id: 'scale1', kind: 'scale', text: 'Cik ērtas ir telpas?', options: [] },
    { id: 'multi1', kind: 'multi', text: 'Kas traucē?', options: ['Troksnis', 'Aukstums'] },
    { id: 'text01', kind: 'text', text: 'Ko mainīt?', options: [] },
  ],
};
const answer = (scale: number, multi: number[], text: string): Answer => ({ questionnaire: Q.id, answers: { scale1: scale, multi1: multi, text01: text } });
const SIX = [answer(5, [0], 'Logus'), answer(4, [0, 1], ''), answer(3, [], 'Krēslus'), answer(4, [1], ''), answer(2, [0], ''), answer(4, [], 'Gaismu')];

describe('questionnaire results as export tables', () => {
  it('gives a summary and one table per question, the scale with its average', async () => {
    const tables = questionnaireTables(questionnaireResults(Q, SIX, () => 0.3));
    expect(tables.map((t) => t.name)).toEqual(['Kopsavilkums', '1. jautājums', '2. jautājums', '3. jautājums']);
    expect(tables[0]!.rows).toEqual([['Darba telpas', 'RNP', '2026-03-01', '2026-03-31', 6]]);
    expect(tables[1]).toEqual({
      name: '1. jautājums',
      columns: ['Cik ērtas ir telpas?', 'Skaits'],
      rows: [
        ['1', 0],
        ['2', 1],
        ['3', 1],
        ['4', 3],
        ['5', 1],
        ['Vidēji', 3.7],
      ],
    });
    expect(tables[2]!.rows).toEqual([
      ['Troksnis', 3],
      ['Aukstums', 2],
    ]);
    expect(tables[3]!.rows.map((r) => r[0]).sort()).toEqual(['Gaismu', 'Krēslus', 'Logus']);
    // CSV is one table per file: four tables make a ZIP of four files.
    const file = await exportFile('darbinieku-aptauja-telpas01', 'csv', tables);
    const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
    expect(Object.keys(zip.files).sort()).toEqual(['01-kopsavilkums.csv', '02-1-jautajums.csv', '03-2-jautajums.csv', '04-3-jautajums.csv']);
    expect(await zip.file('02-1-jautajums.csv')!.async('string')).toContain('Vidēji;3.7');
  });

  it('under five answers gives only the summary, without a count', async () => {
    const tables = questionnaireTables(questionnaireResults(Q, SIX.slice(0, 4), () => 0.3));
    expect(tables).toEqual([expect.objectContaining({ name: 'Kopsavilkums', rows: [['Darba telpas', 'RNP', '2026-03-01', '2026-03-31', '< 5']] })]);
    const file = await exportFile('darbinieku-aptauja-telpas01', 'csv', tables);
    expect(file.fileName).toBe('darbinieku-aptauja-telpas01.csv');
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).not.toContain('Logus');
  });
});
