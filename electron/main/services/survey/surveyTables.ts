import { FACES, MIN_GROUP, SURVEY_REASONS, type SurveyReport, type SurveyRow } from '../../../../shared/survey/answers';
import type { Table } from '../review/exportFiles';

/**
 * The survey results as export tables. Headers are Latvian like every export; a group with
 * fewer than MIN_GROUP answers keeps its name but no figure, exactly as on the screen.
 */
const COLUMNS = ['Grupa', 'Atbildes', 'Ļoti labi', 'Labi', 'Slikti', 'Ļoti slikti', 'Vidēji (1–4)', ...SURVEY_REASONS.map((r) => `Iemesls: ${r}`)];

const row = (r: SurveyRow): Array<string | number | null> =>
  r.hidden
    ? [r.name ? `${r.name.lv} (${r.key})` : r.key, `< ${MIN_GROUP}`, ...FACES.map(() => null), null, ...SURVEY_REASONS.map(() => null)]
    : [
        r.name ? `${r.name.lv} (${r.key})` : r.key,
        r.answers,
        ...FACES.map((f) => r.faces?.[f] ?? 0),
        r.average,
        ...SURVEY_REASONS.map((s) => r.reasons?.[s] ?? null),
      ];

export function surveyTables(report: SurveyReport): Table[] {
  const table = (name: string, rows: readonly SurveyRow[]): Table => ({ name, columns: COLUMNS, rows: rows.map(row) });
  return [
    table('Kopā', [report.total]),
    table('Pa mēnešiem', report.byMonth),
    table('Pa darbavietām', report.byDesk),
    table('Pa pakalpojumiem', report.byService),
    ...(report.byEmployee.length ? [table('Pa darbiniekiem', report.byEmployee)] : []),
  ];
}
