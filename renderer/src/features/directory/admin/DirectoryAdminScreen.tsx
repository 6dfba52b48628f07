import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName, type Person } from '../../../../../shared/directory/person';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { DirectoryNotice } from '../DirectoryNotice';
import { useDirectory } from '../useDirectory';
import { ImportPanel } from './ImportPanel';
import { PersonForm } from './PersonForm';

/** Admin: keep the staff directory on the share: CSV import with preview, add, edit, remove. */
export function DirectoryAdminScreen() {
  const { t } = useTranslation('directory');
  const directory = useDirectory();
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (directory.error) return <ErrorMessage error={directory.error} />;
  if (!directory.data) return <Loading />;
  const people = directory.search('', 100_000);

  const remove = (p: Person) => {
    if (!window.confirm(t('admin.confirmRemove', { name: fullName(p) }))) return;
    setError(null);
    directory.removePerson(p.id).catch(setError);
  };

  return (
    <section aria-labelledby="admin-title" className="screen">
      <h2 id="admin-title">{t('admin.title')}</h2>
      <DirectoryNotice view={directory.data} />
      <ImportPanel preview={directory.previewImport} apply={directory.applyImport} />

      {editing ? (
        <PersonForm
          key={editing === 'new' ? 'new' : editing.id}
          person={editing === 'new' ? null : editing}
          takenIds={editing === 'new' ? people.map((p) => p.id) : []}
          onCancel={() => setEditing(null)}
          onSave={async (p) => {
            await directory.savePerson(p, editing === 'new');
            setEditing(null);
          }}
        />
      ) : (
        <>
          <h3>{t('admin.peopleTitle', { count: people.length })}</h3>
          <button type="button" onClick={() => setEditing('new')}>
            {t('admin.add')}
          </button>
          {error ? <ErrorMessage error={error} /> : null}
          <table className="table">
            <caption className="visually-hidden">{t('admin.peopleCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('fields.position')}</th>
                <th scope="col">{t('fields.institution')}</th>
                <th scope="col">{t('fields.accounts')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id}>
                  <td>{`${p.surname} ${p.name}`}</td>
                  <td>{p.position}</td>
                  <td>{p.institutionCode}</td>
                  <td>{p.accounts.join(', ')}</td>
                  <td>
                    <div className="row-actions">
                      <button type="button" className="secondary" aria-label={t('admin.editLabel', { name: fullName(p) })} onClick={() => setEditing(p)}>
                        {t('admin.edit')}
                      </button>
                      <button type="button" className="secondary" aria-label={t('admin.removeLabel', { name: fullName(p) })} onClick={() => remove(p)}>
                        {t('admin.remove')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
