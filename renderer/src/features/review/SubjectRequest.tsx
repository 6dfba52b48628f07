import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContractError } from '../../../../shared/contract/result';
import type { Language } from '../../../../shared/config/schema';
import type { Role } from '../../../../shared/identity/identity';
import { DEFAULT_SUBJECT_REQUEST_ROLES, maySubjectRequest } from '../../../../shared/review/subject';
import { useDeskApi } from '../../api/ApiContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useQuery } from '../../api/useQuery';
import { saveFile } from './download';

/**
 * A data-subject request: everything the reviewer may see about a named person, in one file.
 * Who may run it is the machine configuration's `subjectRequestRoles`; main refuses anyone
 * else, and this form is shown only to those it would not refuse.
 */
export function SubjectRequest({ roles }: { roles: readonly Role[] }) {
  const { t, i18n } = useTranslation('review');
  const api = useDeskApi();
  // The machine configuration says who may run it; main checks the same value.
  const config = useQuery(useCallback(() => api.call('config:get'), [api]));
  const [name, setName] = useState('');
  const [made, setMade] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (!config.data && !config.error) return null;
  const allowed = config.data?.values.subjectRequestRoles ?? DEFAULT_SUBJECT_REQUEST_ROLES;
  const who = allowed.map((r) => t(`reviewer.${r}`)).join(', ');

  const submit = () => {
    setMade(null);
    setError(null);
    api.call('review:subject-export', { name, language: i18n.language as Language }).then((file) => {
      saveFile(file);
      setMade(file.fileName);
    }, setError);
  };

  return (
    <section className="subject-request" aria-labelledby="subject-title">
      <h3 id="subject-title">{t('dp.subjectTitle')}</h3>
      {!maySubjectRequest(roles, allowed) ? (
        <p data-testid="subject-not-allowed">{t('subjectRequest.notAllowed', { roles: who })}</p>
      ) : (
        <form className="action-form" onSubmit={(e) => (e.preventDefault(), submit())}>
          <p>{t('subjectRequest.explain')}</p>
          <label className="field field-wide">
            <span>{t('dp.subjectName')}</span>
            <input value={name} onChange={(e) => setName(e.target.value)} required minLength={2} />
          </label>
          <button type="submit">{t('dp.subjectExport')}</button>
          {made && (
            <p role="status" className="done">
              {t('subjectRequest.made', { file: made })}
            </p>
          )}
          {error instanceof ContractError && error.code === 'forbidden_role' ? (
            <p role="alert" className="error">
              {t('subjectRequest.notAllowed', { roles: who })}
            </p>
          ) : error ? (
            <ErrorMessage error={error} />
          ) : null}
        </form>
      )}
    </section>
  );
}
