import { rigaDate } from '../../../../shared/calendar/dates';
import { formatNumber, formatPercent, formatTableDate } from '../../../../shared/i18n/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/config/schema';
import type { Report } from '../../../../shared/review/reports';
import { useDeskApi } from '../../api/ApiContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { saveFile } from './download';
import { Printable, printDocument } from './Printable';
import { ReportCharts } from './ReportCharts';
import { useReport } from './useReview';

const yearStart = () => `${new Date().getFullYear()}-01-01`;
// The value a date input holds (YYYY-MM-DD): today in Latvia.
const todayText = () => rigaDate(Date.now());

/** Reports for a period: counts, answer times, overdue, monthly trends; CSV, XLSX and print. */
export function ReportsScreen() {
  const { t, i18n } = useTranslation('review');
  const api = useDeskApi();
  const [draft, setDraft] = useState({ from: yearStart(), to: todayText() });
  const [period, setPeriod] = useState(draft);
  const { data: report, error } = useReport(period);
  const [exportError, setExportError] = useState<unknown>(null);
  const download = (format: 'csv' | 'xlsx') =>
    api.call('review:export-report', { period, format, language: i18n.language as Language }).then(saveFile, setExportError);

  return (
    <section className="screen" aria-labelledby="reports-title">
      <h2 id="reports-title">{t('report.title')}</h2>
      <form className="inbox-filters" onSubmit={(e) => (e.preventDefault(), setPeriod(draft))}>
        <label className="field">
          <span>{t('filter.from')}</span>
          <input type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} required />
        </label>
        <label className="field">
          <span>{t('filter.to')}</span>
          <input type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} required />
        </label>
        <button type="submit">{t('report.show')}</button>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {exportError ? <ErrorMessage error={exportError} /> : null}
      {!report && !error && <Loading />}
      {report && (
        <>
          <div className="action-row">
            <button type="button" className="secondary" onClick={() => void download('csv')}>
              {t('report.csv')}
            </button>
            <button type="button" className="secondary" onClick={() => void download('xlsx')}>
              {t('report.xlsx')}
            </button>
            <button type="button" className="secondary" onClick={() => printDocument('report')}>
              {t('report.print')}
            </button>
          </div>
          <ReportBody report={report} />
          <ReportCharts report={report} />
          <Printable id="report">
            <h1>{t('report.title')}</h1>
            <ReportBody report={report} />
            <ReportCharts report={report} width={640} />
          </Printable>
        </>
      )}
    </section>
  );
}

function ReportBody({ report: r }: { report: Report }) {
  const { t, i18n } = useTranslation('review');
  const table = (title: string, prefix: string, counts: Record<string, number>) => (
    <table className="counts">
      <caption>{title}</caption>
      <tbody>
        {Object.entries(counts).map(([k, n]) => (
          <tr key={k}>
            <th scope="row">{prefix ? t(`${prefix}.${k}`) : k}</th>
            <td>{n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <div className="report-body">
      <dl className="facts report-summary" data-testid="report-summary">
        <div>
          <dt>{t('report.period')}</dt>
          <dd>
            {formatTableDate(r.period.from, i18n.language)} – {formatTableDate(r.period.to, i18n.language)}
          </dd>
        </div>
        <div>
          <dt>{t('report.total')}</dt>
          <dd>{r.total}</dd>
        </div>
        <div>
          <dt>{t('report.answered')}</dt>
          <dd>{r.answered}</dd>
        </div>
        <div>
          <dt>{t('report.median')}</dt>
          <dd>{r.medianAnswerDays === null ? '—' : formatNumber(r.medianAnswerDays, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('report.onTime')}</dt>
          <dd>{r.onTimePercent === null ? '—' : formatPercent(r.onTimePercent / 100, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('report.overdue')}</dt>
          <dd>{r.overdue}</dd>
        </div>
      </dl>
      <div className="count-tables">
        {table(t('report.byKind'), 'kind', r.byKind)}
        {table(t('report.bySubject'), 'subject', r.bySubject)}
        {table(t('report.byChannel'), 'channel', r.byChannel)}
        {table(t('report.byInstitution'), '', r.byInstitution)}
        {table(t('report.byStatus'), 'status', r.byStatus)}
      </div>
    </div>
  );
}
