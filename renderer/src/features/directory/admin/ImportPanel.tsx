import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, PersonSummary } from '../../../../../shared/directory/contract';
import { decodeCsv } from '../../../../../shared/directory/decode';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { MAX_PEOPLE } from '../../../../../shared/directory/person';

const names = (people: PersonSummary[]) => people.map((p) => `${p.name} ${p.surname}`).join(', ');

/** CSV import: a preview of what would change and every bad row; nothing is applied while any row is bad. */
export function ImportPanel({ preview, apply }: { preview: (csv: string) => Promise<ImportPreview>; apply: (csv: string) => Promise<unknown> }) {
  const { t } = useTranslation('directory');
  const [file, setFile] = useState<{ name: string; csv: string; preview: ImportPreview } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const choose = async (selected: File | undefined) => {
    setError(null);
    setDone(false);
    setFile(null);
    if (!selected) return;
    try {
      const csv = decodeCsv(new Uint8Array(await selected.arrayBuffer()));
      setFile({ name: selected.name, csv, preview: await preview(csv) });
    } catch (e) {
      setError(e);
    }
  };
  const publish = async () => {
    if (!file) return;
    setError(null);
    try {
      await apply(file.csv);
      setFile(null);
      setDone(true);
    } catch (e) {
      setError(e);
    }
  };
  const p = file?.preview;
  const changes = p ? p.added.length + p.changed.length + p.removed.length : 0;

  return (
    <section aria-labelledby="import-title">
      <h3 id="import-title">{t('admin.importTitle')}</h3>
      <p className="hint">{t('admin.importHelp')}</p>
      <div className="field">
        <label htmlFor="import-file">{t('admin.chooseFile')}</label>
        <input id="import-file" type="file" accept=".csv,text/csv" onChange={(e) => void choose(e.target.files?.[0])} />
      </div>
      {p && (
        <div className="import-preview" data-testid="import-preview">
          {p.problems.length > 0 ? (
            <>
              <p role="alert" className="error">
                {t('admin.problemsTitle', { count: p.problems.length })}
              </p>
              <table className="table">
                <caption className="visually-hidden">{t('admin.problemsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('admin.row')}</th>
                    <th scope="col">{t('admin.column')}</th>
                    <th scope="col">{t('admin.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.problems.map((problem, i) => (
                    <tr key={i}>
                      <td>{problem.row}</td>
                      <td>{problem.column ? <code>{problem.column}</code> : '—'}</td>
                      <td>{t(`admin.problems.${problem.code}`, { column: problem.column, value: problem.value ?? '', max: MAX_PEOPLE })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : (
            <>
              <p role="status">{t('admin.summary', { added: p.added.length, changed: p.changed.length, removed: p.removed.length, unchanged: p.unchanged })}</p>
              <dl className="facts">
                {p.added.length > 0 && (
                  <div>
                    <dt>{t('admin.added')}</dt>
                    <dd>{names(p.added)}</dd>
                  </div>
                )}
                {p.changed.length > 0 && (
                  <div>
                    <dt>{t('admin.changed')}</dt>
                    <dd>{p.changed.map((c) => `${c.name} ${c.surname} (${c.fields.join(', ')})`).join('; ')}</dd>
                  </div>
                )}
                {p.removed.length > 0 && (
                  <div>
                    <dt>{t('admin.removed')}</dt>
                    <dd>{names(p.removed)}</dd>
                  </div>
                )}
              </dl>
              <button type="button" disabled={!changes} onClick={() => void publish()}>
                {t('admin.apply')}
              </button>
            </>
          )}
        </div>
      )}
      {done && <p role="status">{t('admin.applied')}</p>}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
