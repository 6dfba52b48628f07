import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeskApi } from '../../api/ApiContext';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';

/**
 * For IT: the admin key this machine trusts, the desks it has enrolled, and the desks that wait,
 * each with the command that enrols it. Enrolling needs the admin's private key, which is kept
 * off the desks, so the screen says what to run rather than doing it.
 */
export function TrustScreen() {
  const { t } = useTranslation();
  const api = useDeskApi();
  const { data, error, reload } = useQuery(useCallback(() => api.call('trust:status'), [api]));
  return (
    <section className="screen" aria-labelledby="trust-title">
      <h2 id="trust-title">{t('trust.title')}</h2>
      {error ? <ErrorMessage error={error} /> : null}
      {!data && !error && <Loading />}
      {data && !data.adminKey && (
        <p className="notice notice-warning" role="status" data-testid="trust-unpinned">
          {t('trust.unpinned')}
        </p>
      )}
      {data?.adminKey && (
        <>
          <p data-testid="trust-key">{t('trust.pinned', { fingerprint: data.adminKey })}</p>
          {data.shareUnavailable && (
            <p className="notice notice-warning" role="status">
              {t('trust.shareUnavailable')}
            </p>
          )}
          <h3>{t('trust.waitingTitle', { count: data.waiting.length })}</h3>
          {data.waiting.length === 0 ? (
            <p>{t('trust.noneWaiting')}</p>
          ) : (
            <>
              <p>{t('trust.waitingHelp')}</p>
              <ul className="plain-list" data-testid="trust-waiting">
                {data.waiting.map((d) => (
                  <li key={d.deskId}>
                    <strong>
                      {d.institution} · {t('trust.desk', { code: d.deskCode })}
                    </strong>{' '}
                    ({d.deskId}){d.keyChanged ? <span className="badge badge-overdue"> {t('trust.keyChanged')}</span> : null}
                    <pre className="command">{d.command}</pre>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>{t('trust.enrolledTitle', { count: data.enrolled.length })}</h3>
          <table className="table" data-testid="trust-enrolled">
            <thead>
              <tr>
                <th scope="col">{t('trust.institution')}</th>
                <th scope="col">{t('trust.deskColumn')}</th>
                <th scope="col">{t('trust.deskId')}</th>
              </tr>
            </thead>
            <tbody>
              {data.enrolled.map((d) => (
                <tr key={d.deskId}>
                  <td>{d.institution}</td>
                  <td>{d.deskCode}</td>
                  <td>{d.deskId}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <button type="button" className="secondary" onClick={reload}>
        {t('trust.refresh')}
      </button>
    </section>
  );
}
