import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/identity/identity';
import { useDeskApi } from '../../api/ApiContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { saveFile } from './download';
import { formatDate } from './format';
import { SubjectRequest } from './SubjectRequest';
import { useDestruction } from './useReview';

/** Retention: entries due for destruction (export for archive approval, then anonymise); data-subject export. */
export function DataProtectionScreen({ roles }: { roles: readonly Role[] }) {
  const { t, i18n } = useTranslation('review');
  const api = useDeskApi();
  const { data: due, error, reload } = useDestruction();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<number | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const fail = (e: unknown) => setActionError(e);

  const anonymise = () =>
    api.call('review:anonymise-due').then((r) => {
      setDone(r.anonymised);
      setConfirming(false);
      reload();
    }, fail);

  return (
    <section className="screen" aria-labelledby="dp-title">
      <h2 id="dp-title">{t('dp.title')}</h2>
      <p>{t('dp.explain')}</p>
      {actionError ? <ErrorMessage error={actionError} /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {!due && !error && <Loading />}
      {due && (
        <>
          <h3>{t('dp.dueTitle', { count: due.length })}</h3>
          {done !== null && (
            <p role="status" className="done">
              {t('dp.anonymised', { count: done })}
            </p>
          )}
          {due.length > 0 && (
            <>
              <ul className="due-list" data-testid="due-list">
                {due.map((r) => (
                  <li key={r.id}>
                    {r.number} · {t(`kind.${r.kind}`)} · {formatDate(r.registeredAt.slice(0, 10), i18n.language)}
                  </li>
                ))}
              </ul>
              <div className="action-row">
                <button type="button" className="secondary" onClick={() => void api.call('review:export-destruction', { format: 'xlsx' }).then(saveFile, fail)}>
                  {t('dp.exportXlsx')}
                </button>
                <button type="button" className="secondary" onClick={() => void api.call('review:export-destruction', { format: 'csv' }).then(saveFile, fail)}>
                  {t('dp.exportCsv')}
                </button>
                {!confirming && (
                  <button type="button" onClick={() => setConfirming(true)}>
                    {t('dp.anonymise')}
                  </button>
                )}
              </div>
              {confirming && (
                <div className="confirm" role="alertdialog" aria-labelledby="dp-confirm">
                  <p id="dp-confirm">{t('dp.confirm', { count: due.length })}</p>
                  <button type="button" onClick={() => void anonymise()}>
                    {t('dp.confirmYes')}
                  </button>{' '}
                  <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                    {t('dp.confirmNo')}
                  </button>
                </div>
              )}
            </>
          )}
        </>
      )}
      <SubjectRequest roles={roles} />
    </section>
  );
}
