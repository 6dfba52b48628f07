import { useTranslation } from 'react-i18next';
import type { AccessRow } from '../../../../shared/review/contract';
import type { HistoryRow } from '../../../../shared/review/history';
import { formatDate, formatInstant } from './format';

/** The full history: who, when, from which desk, and what changed. */
export function HistoryList({ rows, names = {} }: { rows: HistoryRow[]; names?: Record<string, string> }) {
  const { t, i18n } = useTranslation('review');
  const shown = (field: string, value: unknown): string => {
    if (field === 'status' && typeof value === 'string') return t(`status.${value}`);
    if (field === 'routedTo' && typeof value === 'string') return t(`reviewer.${value}`);
    if (field === 'forwardOutcome' && typeof value === 'string') return t(`actions.outcomes.${value}`);
    if (field === 'letter' && value && typeof value === 'object') {
      const { kind, number } = value as { kind?: string; number?: string };
      return `${t(`letters.${kind ?? ''}`)} Nr. ${number ?? ''}`;
    }
    if (field === 'destructionAct' && value && typeof value === 'object') {
      const { number, date } = value as { number?: string; date?: string };
      return t('dp.actShown', { number: number ?? '', date: date ? formatDate(date, i18n.language) : '' });
    }
    if (field === 'client') return (value as { anonymous?: boolean }).anonymous ? t('entry.anonymous') : String((value as { name?: string }).name ?? '');
    if (field === 'employee') return value ? String((value as { name?: string }).name ?? '') : '—';
    return typeof value === 'string' ? value : value === null ? '—' : JSON.stringify(value);
  };
  return (
    <ol className="history">
      {rows.map((r) => (
        <li key={r.id}>
          <p className="history-head">
            <strong>{t(`op.${r.op}`)}</strong> · {formatInstant(r.at, i18n.language)} · {names[r.by] ?? r.by} · {t('entry.fromDesk', { desk: r.desk })}
          </p>
          {r.op !== 'create' && (
            <ul className="history-changes">
              {r.changes.map((c) => (
                <li key={c.field}>
                  {t(`field.${c.field}`, { defaultValue: c.field })}: {shown(c.field, c.value)}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

/** Who opened the entry and when (§4.6), shown to the head. */
export function AccessList({ rows }: { rows: AccessRow[] }) {
  const { t, i18n } = useTranslation('review');
  if (!rows.length) return <p>{t('entry.noAccess')}</p>;
  return (
    <ul className="access" data-testid="access-log">
      {rows.map((r) => (
        <li key={`${r.at}-${r.by}`}>
          {formatInstant(r.at, i18n.language)} · {r.name ?? r.by} · {t('entry.fromDesk', { desk: r.desk })}
          {r.via ? ` · ${t(`entry.via.${r.via}`)}` : ''}
        </li>
      ))}
    </ul>
  );
}
