import { useTranslation } from 'react-i18next';
import { formatTableTime } from '../../../../shared/i18n/dates';
import { useSyncStatus } from './useRegister';

/** Always in the header: online or offline, last sync, what waits to be sent, problems in words. */
export function SyncIndicator() {
  const { t, i18n } = useTranslation('register');
  const { data: status, syncNow } = useSyncStatus();
  if (!status) return null;
  const online = status.state === 'online';
  return (
    <section className={`sync-indicator ${online ? 'is-online' : 'is-offline'}`} aria-label={t('sync.label')} data-testid="sync-indicator">
      <p className="sync-line" role="status">
        <span className="sync-state">{t(online ? 'sync.online' : 'sync.offline')}</span>
        {' · '}
        {status.lastSyncAt ? t('sync.lastSync', { time: formatTableTime(status.lastSyncAt, i18n.language) }) : t('sync.never')}
        {' · '}
        <span data-testid="sync-waiting">{status.waiting === 0 ? t('sync.waitingNone') : t('sync.waiting', { count: status.waiting })}</span>{' '}
        <button type="button" className="secondary sync-now" onClick={() => void syncNow().catch(() => undefined)}>
          {t('sync.now')}
        </button>
      </p>
      {status.problems.length > 0 && (
        <ul className="sync-problems">
          {status.problems.map((p) => (
            <li key={p.code}>{t(`sync.problem.${p.code}`, { count: p.count ?? 1, detail: p.detail ?? '' })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
