import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseActDate } from '../../../../shared/review/retention';
import type { DestructionView } from '../../../../shared/review/contract';
import type { Role } from '../../../../shared/identity/identity';
import { useDeskApi } from '../../api/ApiContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { saveFile } from './download';
import { formatDate, formatInstant } from './format';
import { SubjectRequest } from './SubjectRequest';
import { useDestruction } from './useReview';

type ActProblem = 'actNumberMissing' | 'actDateInvalid' | 'actDateFuture';

/** What is wrong with the act as typed, field by field (checked again in main). */
export function actProblems(number: string, date: string, today: string): { number?: ActProblem; date?: ActProblem } {
  const day = parseActDate(date);
  return {
    ...(number.trim() ? {} : { number: 'actNumberMissing' as const }),
    ...(!day ? { date: 'actDateInvalid' as const } : day > today ? { date: 'actDateFuture' as const } : {}),
  };
}

/** The retention periods in force: from the signed nomenclature, or the built-in fallback said as such. */
function RetentionTable({ view }: { view: DestructionView }) {
  const { t, i18n } = useTranslation('review');
  const { retention } = view;
  const published = retention.kinds.some((k) => k.published);
  return (
    <>
      <h3>{t('dp.retentionTitle')}</h3>
      {retention.problem && (
        <p role="alert" className="error">
          {t('dp.retentionProblem', { problem: t(`dp.problem.${retention.problem}`) })}
        </p>
      )}
      <p>
        {published && retention.publishedAt
          ? t('dp.retentionPublished', { at: formatInstant(retention.publishedAt, i18n.language) })
          : t('dp.retentionNotPublished')}
      </p>
      <table className="retention-table" data-testid="retention-table">
        <thead>
          <tr>
            <th scope="col">{t('dp.colKind')}</th>
            <th scope="col">{t('dp.colMonths')}</th>
            <th scope="col">{t('dp.colItem')}</th>
          </tr>
        </thead>
        <tbody>
          {retention.kinds.map((k) => (
            <tr key={k.kind}>
              <td>{t(`kind.${k.kind}`)}</td>
              <td>{k.months}</td>
              <td>{k.published ? k.item : t('dp.fallback')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The approved act's number and date, checked here for the person and again in main; then a confirmation. */
function ActForm({ view, onDone, onError }: { view: DestructionView; onDone: (count: number, number: string) => void; onError: (e: unknown) => void }) {
  const { t } = useTranslation('review');
  const api = useDeskApi();
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const [problems, setProblems] = useState<ReturnType<typeof actProblems>>({});
  const [confirming, setConfirming] = useState(false);
  const count = view.entries.length;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = actProblems(number, date, view.today);
    setProblems(found);
    setConfirming(!found.number && !found.date);
  };
  const destroy = () =>
    api.call('review:destroy-due', { act: { number, date } }).then((r) => {
      setConfirming(false);
      onDone(r.destroyed, number.trim());
    }, onError);

  return (
    <form className="action-form" noValidate onSubmit={submit} aria-labelledby="dp-act-title">
      <h3 id="dp-act-title">{t('dp.actTitle')}</h3>
      <p>
        {t('dp.actExplain')} {t('dp.actCount', { count })}
      </p>
      <label className="field">
        <span>{t('dp.actNumber')}</span>
        <input
          value={number}
          onChange={(e) => (setNumber(e.target.value), setConfirming(false))}
          aria-invalid={problems.number ? true : undefined}
          aria-describedby={problems.number ? 'dp-act-number-error' : undefined}
          maxLength={100}
        />
      </label>
      {problems.number && (
        <p id="dp-act-number-error" role="alert" className="error">
          {t(`dp.${problems.number}`)}
        </p>
      )}
      <label className="field">
        <span>{t('dp.actDate')}</span>
        <input
          value={date}
          placeholder="dd.mm.gggg"
          inputMode="numeric"
          onChange={(e) => (setDate(e.target.value), setConfirming(false))}
          aria-invalid={problems.date ? true : undefined}
          aria-describedby={problems.date ? 'dp-act-date-error' : undefined}
          maxLength={20}
        />
      </label>
      {problems.date && (
        <p id="dp-act-date-error" role="alert" className="error">
          {t(`dp.${problems.date}`)}
        </p>
      )}
      {!confirming && <button type="submit">{t('dp.destroy')}</button>}
      {confirming && (
        <div className="confirm" role="alertdialog" aria-labelledby="dp-confirm">
          <p id="dp-confirm">{t('dp.confirm', { count, number: number.trim() })}</p>
          <button type="button" onClick={() => void destroy()}>
            {t('dp.confirmYes')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            {t('dp.confirmNo')}
          </button>
        </div>
      )}
    </form>
  );
}

/**
 * Retention: the periods from the file nomenclature, the entries due for destruction (a list
 * without personal data for the archive's approval), destruction under the approved act; the
 * data-subject export.
 */
export function DataProtectionScreen({ roles }: { roles: readonly Role[] }) {
  const { t, i18n } = useTranslation('review');
  const api = useDeskApi();
  const { data: view, error, reload } = useDestruction();
  const [done, setDone] = useState<{ count: number; number: string } | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const fail = (e: unknown) => setActionError(e);
  const due = view?.entries ?? [];

  return (
    <section className="screen" aria-labelledby="dp-title">
      <h2 id="dp-title">{t('dp.title')}</h2>
      <p>{t('dp.explain')}</p>
      {actionError ? <ErrorMessage error={actionError} /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {!view && !error && <Loading />}
      {view && (
        <>
          <RetentionTable view={view} />
          <h3>{t('dp.dueTitle', { count: due.length })}</h3>
          {done !== null && (
            <p role="status" className="done">
              {t('dp.destroyed', { count: done.count, number: done.number })}
            </p>
          )}
          {due.length > 0 && (
            <>
              <p>{t('dp.listExplain')}</p>
              <table className="due-list" data-testid="due-list">
                <thead>
                  <tr>
                    <th scope="col">{t('dp.colNumber')}</th>
                    <th scope="col">{t('dp.colKind')}</th>
                    <th scope="col">{t('dp.colRegistered')}</th>
                    <th scope="col">{t('dp.colItem')}</th>
                    <th scope="col">{t('dp.colEnds')}</th>
                  </tr>
                </thead>
                <tbody>
                  {due.map((r) => (
                    <tr key={r.id}>
                      <td>{r.number}</td>
                      <td>{t(`kind.${r.kind}`)}</td>
                      <td>{formatInstant(r.registeredAt, i18n.language)}</td>
                      <td>{r.item ?? t('dp.fallback')}</td>
                      <td>{formatDate(r.retentionEnds, i18n.language)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="action-row">
                <button type="button" className="secondary" onClick={() => void api.call('review:export-destruction', { format: 'xlsx' }).then(saveFile, fail)}>
                  {t('dp.exportXlsx')}
                </button>
                <button type="button" className="secondary" onClick={() => void api.call('review:export-destruction', { format: 'csv' }).then(saveFile, fail)}>
                  {t('dp.exportCsv')}
                </button>
              </div>
              {view.mayDestroy ? (
                <ActForm
                  view={view}
                  onError={fail}
                  onDone={(count, number) => {
                    setDone({ count, number });
                    setActionError(null);
                    reload();
                  }}
                />
              ) : (
                <p>{t('dp.notAllowed', { roles: view.retention.destroyRoles.map((r) => t(`reviewer.${r}`)).join(', ') })}</p>
              )}
            </>
          )}
        </>
      )}
      <SubjectRequest roles={roles} />
    </section>
  );
}
