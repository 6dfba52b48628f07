import { rigaDate } from '../../../../shared/calendar/dates';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { FACES, MIN_GROUP, type SurveyReport, type SurveyRow } from '../../../../shared/survey/answers';
import { useDeskApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { saveFile } from '../review';

const FACE_COLORS = { very_good: '#0b5a1f', good: '#1d4f91', bad: '#7a3d00', very_bad: '#8b0d12' } as const;

const yearStart = () => `${new Date().getFullYear()}-01-01`;
// The value a date input holds (YYYY-MM-DD): today in Latvia.
const todayText = () => rigaDate(Date.now());

/**
 * §8.1: what clients answered on the client displays, for heads (their institution) and for the
 * executive director and admins (every institution): by month, desk and service, as tables and a
 * chart, exported to CSV or XLSX. A group of fewer than five answers is named but shows no figure.
 */
export function SurveyResultsScreen() {
  const { t } = useTranslation();
  const api = useDeskApi();
  const [draft, setDraft] = useState({ from: yearStart(), to: todayText() });
  const [period, setPeriod] = useState(draft);
  const { data: report, error } = useQuery(useCallback(() => api.call('survey:report', { period }), [api, period]));
  const [exportError, setExportError] = useState<unknown>(null);
  const download = (format: 'csv' | 'xlsx') => api.call('survey:export', { period, format }).then(saveFile, setExportError);

  return (
    <section className="screen" aria-labelledby="survey-results-title">
      <h2 id="survey-results-title">{t('surveyResults.title')}</h2>
      <p>{t('surveyResults.purpose', { min: MIN_GROUP })}</p>
      <form className="inbox-filters" onSubmit={(e) => (e.preventDefault(), setPeriod(draft))}>
        <label className="field">
          <span>{t('surveyResults.from')}</span>
          <input type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} required />
        </label>
        <label className="field">
          <span>{t('surveyResults.to')}</span>
          <input type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} required />
        </label>
        <button type="submit">{t('surveyResults.show')}</button>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {exportError ? <ErrorMessage error={exportError} /> : null}
      {!report && !error && <Loading />}
      {report && <Results report={report} onExport={(f) => void download(f)} />}
    </section>
  );
}

function Results({ report, onExport }: { report: SurveyReport; onExport: (format: 'csv' | 'xlsx') => void }) {
  const { t } = useTranslation();
  const groups: Array<[string, SurveyRow[]]> = [
    ['byMonth', report.byMonth],
    ['byDesk', report.byDesk],
    ['byService', report.byService],
    ...(report.byEmployee.length ? [['byEmployee', report.byEmployee] as [string, SurveyRow[]]] : []),
  ];
  return (
    <>
      <div className="action-row">
        <button type="button" className="secondary" onClick={() => onExport('csv')}>
          {t('surveyResults.csv')}
        </button>
        <button type="button" className="secondary" onClick={() => onExport('xlsx')}>
          {t('surveyResults.xlsx')}
        </button>
      </div>
      <dl className="facts" data-testid="survey-total">
        <div>
          <dt>{t('surveyResults.answers')}</dt>
          <dd>{report.total.hidden ? t('surveyResults.tooFew', { min: MIN_GROUP }) : report.total.answers}</dd>
        </div>
        <div>
          <dt>{t('surveyResults.average')}</dt>
          <dd>{report.total.average ?? '—'}</dd>
        </div>
      </dl>
      <FaceChart rows={report.byDesk} caption={t('surveyResults.chartByDesk')} />
      {groups.map(([name, rows]) => (
        <ResultTable key={name} caption={t(`surveyResults.${name}`)} rows={rows} />
      ))}
    </>
  );
}

function ResultTable({ caption, rows }: { caption: string; rows: SurveyRow[] }) {
  const { t, i18n } = useTranslation();
  const cell = (row: SurveyRow, key: string, value: ReactNode) =>
    row.hidden ? (
      <td key={key} className="muted">
        —
      </td>
    ) : (
      <td key={key}>{value}</td>
    );
  return (
    <table className="counts survey-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('surveyResults.group')}</th>
          <th scope="col">{t('surveyResults.answers')}</th>
          {FACES.map((f) => (
            <th key={f} scope="col">
              {t(`surveyResults.faces.${f}`)}
            </th>
          ))}
          <th scope="col">{t('surveyResults.average')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={FACES.length + 3}>{t('surveyResults.none')}</td>
          </tr>
        )}
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{rowName(row, i18n.language)}</th>
            {row.hidden ? <td>{t('surveyResults.tooFew', { min: MIN_GROUP })}</td> : <td>{row.answers}</td>}
            {FACES.map((f) => cell(row, f, row.faces?.[f]))}
            {cell(row, 'average', row.average)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Faces per group, stacked; only groups with enough answers are drawn. The tables are its text alternative. */
function FaceChart({ rows, caption }: { rows: SurveyRow[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const data = rows.filter((r) => !r.hidden).map((r) => ({ name: rowName(r, i18n.language), ...r.faces }));
  return (
    <figure className="chart" data-testid="survey-chart">
      <figcaption>{caption}</figcaption>
      {data.length === 0 ? (
        <p className="muted">{t('surveyResults.noChart', { min: MIN_GROUP })}</p>
      ) : (
        <BarChart data={data} width={640} height={280} accessibilityLayer>
          <CartesianGrid stroke="#d9dde3" />
          <XAxis dataKey="name" stroke="#4a5260" interval={0} fontSize={12} />
          <YAxis allowDecimals={false} stroke="#4a5260" />
          <Tooltip />
          <Legend />
          {FACES.map((f) => (
            <Bar key={f} dataKey={f} stackId="faces" name={t(`surveyResults.faces.${f}`)} fill={FACE_COLORS[f]} isAnimationActive={false} />
          ))}
        </BarChart>
      )}
    </figure>
  );
}

/** A group as people know it: a service by its catalogue name in the screen's language, anything else by its key. */
function rowName(row: SurveyRow, language: string): string {
  if (!row.name) return row.key;
  return (language === 'en' || language === 'ltg' ? row.name[language] : undefined) || row.name.lv;
}
