import { useTranslation } from 'react-i18next';
import type { FieldConflict, ConflictValue } from '../../../../shared/review/history';
import type { ReviewAction } from '../../../../shared/review/update';
import { formatInstant } from './format';

/** Concurrent edits from two desks, side by side; the reviewer keeps one and the flag clears. */
export function ConflictPanel({ conflicts, onResolve }: { conflicts: FieldConflict[]; onResolve: (a: ReviewAction) => Promise<void> }) {
  const { t, i18n } = useTranslation('review');
  const card = (field: string, v: ConflictValue, current: boolean) => (
    <div className="conflict-side">
      <p className="conflict-who">
        {current ? t('conflict.current') : t('conflict.other')} · {v.by} · {t('entry.fromDesk', { desk: v.desk })} · {formatInstant(v.at, i18n.language)}
      </p>
      <p className="conflict-value">{typeof v.value === 'string' ? v.value : JSON.stringify(v.value)}</p>
      <button type="button" className="secondary" onClick={() => void onResolve({ action: 'resolve', fields: { [field]: v.value } })}>
        {t('conflict.keep')}
      </button>
    </div>
  );
  return (
    <section className="conflicts" aria-labelledby="conflicts-title">
      <h3 id="conflicts-title">{t('conflict.title')}</h3>
      <p>{t('conflict.explain')}</p>
      {conflicts.map((c) => (
        <div key={c.field} className="conflict">
          <h4>{t(`field.${c.field}`, { defaultValue: c.field })}</h4>
          <div className="conflict-pair">
            {card(c.field, c.winner, true)}
            {c.others.map((o, i) => (
              <div key={i}>{card(c.field, o, false)}</div>
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
