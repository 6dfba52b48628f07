import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Report } from '../../../../shared/review/reports';

/** `2026-12` → `12.2026`, as the tables write months. */
const monthLabel = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`;

const COLORS = { registered: '#1a5fb4', answered: '#1e6b34', overdue: '#a4161a', count: '#7a1f2b' };

/** Trends by month and counts by kind as charts; each has a text alternative in the tables beside it. */
export function ReportCharts({ report, width }: { report: Report; width?: number }) {
  const { t } = useTranslation('review');
  const kinds = Object.entries(report.byKind).map(([k, n]) => ({ name: t(`kind.${k}`), count: n }));
  const box = (children: ReactElement) =>
    width ? (
      children
    ) : (
      <ResponsiveContainer width="100%" height={260}>
        {children}
      </ResponsiveContainer>
    );
  return (
    <div className="report-charts">
      <figure className="chart" data-testid="chart-months">
        <figcaption>{t('report.trend')}</figcaption>
        {box(
          <LineChart data={report.months} width={width} height={260} accessibilityLayer>
            <CartesianGrid stroke="#d9dde3" />
            <XAxis dataKey="month" stroke="#4a5260" tickFormatter={monthLabel} />
            <YAxis allowDecimals={false} stroke="#4a5260" />
            <Tooltip />
            {/* Above the plot, so on paper it never sits on the month axis. */}
            <Legend verticalAlign="top" height={32} />
            <Line type="monotone" dataKey="registered" name={t('report.registered')} stroke={COLORS.registered} strokeWidth={2} isAnimationActive={false} />
            <Line type="monotone" dataKey="answered" name={t('report.answered')} stroke={COLORS.answered} strokeWidth={2} isAnimationActive={false} />
            <Line type="monotone" dataKey="overdue" name={t('report.overdue')} stroke={COLORS.overdue} strokeWidth={2} isAnimationActive={false} />
          </LineChart>,
        )}
      </figure>
      <figure className="chart" data-testid="chart-kinds">
        <figcaption>{t('report.byKind')}</figcaption>
        {box(
          <BarChart data={kinds} width={width} height={260} accessibilityLayer>
            <CartesianGrid stroke="#d9dde3" />
            <XAxis dataKey="name" stroke="#4a5260" interval={0} fontSize={12} />
            <YAxis allowDecimals={false} stroke="#4a5260" />
            <Tooltip />
            <Bar dataKey="count" name={t('report.count')} fill={COLORS.count} isAnimationActive={false} />
          </BarChart>,
        )}
      </figure>
    </div>
  );
}
